package jp.wlink.course.progress;

/**
 * How far a learner is on a course: lessons and checkpoints done out of those the course has.
 * Counts done never exceed the totals (a lesson removed after completion no longer counts).
 */
public record StudyCounts(
    int lessonsDone, int lessonsTotal, int checkpointsPassed, int checkpointsTotal) {
  public StudyCounts {
    if (lessonsTotal < 0 || checkpointsTotal < 0 || lessonsDone < 0 || checkpointsPassed < 0) {
      throw new IllegalArgumentException("Counts are never negative");
    }
    lessonsDone = Math.min(lessonsDone, lessonsTotal);
    checkpointsPassed = Math.min(checkpointsPassed, checkpointsTotal);
  }

  /** The share of lessons done, 0 to 1; a course without lessons counts as not started. */
  public double lessonShare() {
    return lessonsTotal == 0 ? 0 : (double) lessonsDone / lessonsTotal;
  }

  /** Whole percent of lessons done, rounded down, so that 99.6% never shows as 100%. */
  public int lessonPercent() {
    return lessonsTotal == 0 ? 0 : lessonsDone * 100 / lessonsTotal;
  }
}
