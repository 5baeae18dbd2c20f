package jp.wlink.course.catalogue;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What prerequisites between units mean: whether one unit needs another through any chain, and
 * whether a unit is open to a learner who has completed some units.
 */
public final class Prerequisites {
  private Prerequisites() {}

  /** Whether {@code from} needs {@code target} directly or through the units it needs. */
  static boolean reaches(CourseUnit from, CourseUnit target) {
    Deque<CourseUnit> open = new ArrayDeque<>(from.getPrerequisites());
    Set<CourseUnit> seen = new HashSet<>();
    while (!open.isEmpty()) {
      CourseUnit next = open.pop();
      if (next == target) {
        return true;
      }
      if (seen.add(next)) {
        open.addAll(next.getPrerequisites());
      }
    }
    return false;
  }

  /** Whether every unit {@code unit} requires is among {@code completedUnitIds}. */
  public static boolean isOpen(CourseUnit unit, Collection<Long> completedUnitIds) {
    return unit.getPrerequisites().stream()
        .allMatch(u -> u.getId() != null && completedUnitIds.contains(u.getId()));
  }
}
