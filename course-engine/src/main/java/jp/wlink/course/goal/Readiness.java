package jp.wlink.course.goal;

import java.util.OptionalInt;

/**
 * A learner's readiness for their exam as {@link ExamReadiness} estimates it: days to the exam (0
 * on the day, negative after), the estimate in percent, and its two parts where there was evidence
 * for them, with how many mock exams counted.
 */
public record Readiness(
    long daysToExam,
    int percent,
    OptionalInt masteryPercent,
    OptionalInt mockExamPercent,
    int mockExams) {

  public boolean examToday() {
    return daysToExam == 0;
  }

  public boolean examPast() {
    return daysToExam < 0;
  }

  /** Whether the estimate rests on mastery alone, no mock exam having been taken. */
  public boolean masteryOnly() {
    return mockExams == 0;
  }
}
