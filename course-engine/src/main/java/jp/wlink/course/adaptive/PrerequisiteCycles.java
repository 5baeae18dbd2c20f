package jp.wlink.course.adaptive;

import java.util.List;

/** Rejects prerequisites that loop back to themselves, which would lock a skill forever. */
final class PrerequisiteCycles {
  private static final byte UNSEEN = 0;
  private static final byte OPEN = 1;
  private static final byte DONE = 2;

  private final int[][] prerequisites;
  private final List<String> names;
  private final byte[] marks;

  PrerequisiteCycles(int[][] prerequisites, List<String> names) {
    this.prerequisites = prerequisites;
    this.names = names;
    this.marks = new byte[prerequisites.length];
  }

  void reject() {
    for (int skill = 0; skill < prerequisites.length; skill++) {
      visit(skill);
    }
  }

  private void visit(int skill) {
    if (marks[skill] == DONE) {
      return;
    }
    if (marks[skill] == OPEN) {
      throw new IllegalArgumentException("prerequisites loop through skill " + names.get(skill));
    }
    marks[skill] = OPEN;
    for (int prerequisite : prerequisites[skill]) {
      visit(prerequisite);
    }
    marks[skill] = DONE;
  }
}
