package jp.wlink.course.catalogue;

import java.util.List;

/**
 * What an author says about a unit: title, summary and its checkpoint quiz, which draws {@code
 * checkpointCount} questions by {@code checkpointSkills} and is passed at {@code passPercent} of
 * the points. A count of 0 means the unit has no checkpoint.
 */
public record UnitDetails(
    String title,
    String summary,
    List<String> checkpointSkills,
    int checkpointCount,
    int passPercent) {
  public static final int MAX_CHECKPOINT_QUESTIONS = 50;

  public UnitDetails {
    title = Texts.required(title, CourseDetails.MAX_TITLE, "title");
    summary = Texts.optional(summary, CourseDetails.MAX_SUMMARY, "summary");
    checkpointSkills = Skills.distinct(checkpointSkills);
    if (checkpointCount < 0 || checkpointCount > MAX_CHECKPOINT_QUESTIONS) {
      throw new IllegalArgumentException("checkpoint questions out of range: " + checkpointCount);
    }
    if (passPercent < 1 || passPercent > 100) {
      throw new IllegalArgumentException("pass mark out of range: " + passPercent);
    }
    if (checkpointCount > 0 && checkpointSkills.isEmpty()) {
      throw new IllegalArgumentException("a checkpoint needs at least one skill");
    }
  }

  /** A unit without a checkpoint quiz. */
  public static UnitDetails withoutCheckpoint(String title, String summary) {
    return new UnitDetails(title, summary, List.of(), 0, 60);
  }

  public boolean hasCheckpoint() {
    return checkpointCount > 0;
  }
}
