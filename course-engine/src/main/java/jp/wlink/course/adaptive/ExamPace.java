package jp.wlink.course.adaptive;

/**
 * How a learner stands against their exam date: days left, the certification's skills not yet
 * mastered, the skills per week they need to master from now on, and whether the policy puts the
 * certification's skills first (the exam is near, or the pace needed is above the comfortable one).
 */
public record ExamPace(long daysToExam, int skillsRemaining, double skillsPerWeek, boolean focus) {

  /** Skills per week rounded to one decimal, for a message. */
  public double skillsPerWeekRounded() {
    return Math.round(skillsPerWeek * 10) / 10.0;
  }
}
