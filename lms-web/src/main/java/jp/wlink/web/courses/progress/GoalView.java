package jp.wlink.web.courses.progress;

import java.io.Serializable;
import java.time.LocalDate;
import jp.wlink.course.goal.GoalStanding;
import jp.wlink.course.goal.Readiness;

/**
 * A study goal as a page shows it: the certification's name in the page's language, the exam date,
 * the days to it and the readiness estimate with the parts it rests on (-1 where a part had no
 * evidence).
 */
public record GoalView(
    String certification,
    LocalDate examDate,
    long daysToExam,
    int readiness,
    int masteryPercent,
    int mockPercent,
    int mockExams)
    implements Serializable {

  static GoalView of(GoalStanding standing, String language) {
    Readiness r = standing.readiness();
    return new GoalView(
        "en".equals(language) ? standing.nameEn() : standing.nameJa(),
        standing.examDate(),
        r.daysToExam(),
        r.percent(),
        r.masteryPercent().orElse(-1),
        r.mockExamPercent().orElse(-1),
        r.mockExams());
  }

  public boolean examAhead() {
    return daysToExam > 0;
  }

  public boolean examToday() {
    return daysToExam == 0;
  }

  public boolean examPast() {
    return daysToExam < 0;
  }

  /** Which sentence explains the estimate: both parts, mastery only, mock exams only or none. */
  public String basis() {
    if (masteryPercent >= 0 && mockExams > 0) {
      return "both";
    }
    if (masteryPercent >= 0) {
      return "masteryOnly";
    }
    return mockExams > 0 ? "mockOnly" : "none";
  }
}
