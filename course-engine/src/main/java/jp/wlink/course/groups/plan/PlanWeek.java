package jp.wlink.course.groups.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One week of a study plan: a Monday-to-Sunday calendar week, clipped to the plan's start and the
 * exam date, with the practice questions per subject code (blueprint order; every subject of the
 * plan has an entry, possibly 0) and the number of full mock exams to sit.
 *
 * @param number 1 for the first week of the plan
 * @param start first day of the week in the plan (a Monday, except for the first week)
 * @param end last day of the week in the plan (a Sunday, except for the exam week)
 */
public record PlanWeek(
    int number,
    LocalDate start,
    LocalDate end,
    WeekKind kind,
    Map<String, Integer> questions,
    int mockExams) {
  public PlanWeek {
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    Objects.requireNonNull(kind);
    if (number < 1 || end.isBefore(start) || mockExams < 0) {
      throw new IllegalArgumentException("invalid week " + number + " " + start + ".." + end);
    }
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    if (questions.values().stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("negative question count in week " + number);
    }
  }

  public int days() {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Practice questions of the week, mock exams not included. */
  public int totalQuestions() {
    return questions.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int questionsFor(String subjectCode) {
    return questions.getOrDefault(subjectCode, 0);
  }

  PlanWeek withQuestions(String subjectCode, int count) {
    Map<String, Integer> changed = new LinkedHashMap<>(questions);
    changed.put(subjectCode, count);
    return new PlanWeek(number, start, end, kind, changed, mockExams);
  }
}
