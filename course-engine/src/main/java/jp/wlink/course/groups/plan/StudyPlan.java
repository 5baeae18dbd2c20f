package jp.wlink.course.groups.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A study group's weekly plan towards one exam date, as {@link StudyPlanner} generated it and the
 * owner edited it. Immutable: an edit returns a new plan. The weeks are consecutive, start on the
 * plan's first day and end on the exam date.
 *
 * @param requestedStart the day the plan was asked to start; earlier than the first week's start
 *     when the horizon was capped (see {@link #capped()})
 */
public record StudyPlan(
    List<PlanSubject> subjects,
    LocalDate requestedStart,
    LocalDate examDate,
    List<PlanWeek> weeks) {
  public StudyPlan {
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(requestedStart);
    Objects.requireNonNull(examDate);
    weeks = List.copyOf(weeks);
    if (subjects.isEmpty() || weeks.isEmpty()) {
      throw new IllegalArgumentException("a plan needs subjects and weeks");
    }
  }

  public LocalDate start() {
    return weeks.get(0).start();
  }

  /** Whether the exam lay so far ahead that the plan only covers the final weeks before it. */
  public boolean capped() {
    return start().isAfter(requestedStart);
  }

  public PlanWeek week(int number) {
    return weeks.get(number - 1);
  }

  public PlanWeek lastWeek() {
    return weeks.get(weeks.size() - 1);
  }

  /** Practice questions for a subject over the whole plan. */
  public int totalFor(String subjectCode) {
    return weeks.stream().mapToInt(week -> week.questionsFor(subjectCode)).sum();
  }

  public int totalQuestions() {
    return weeks.stream().mapToInt(PlanWeek::totalQuestions).sum();
  }

  /**
   * The owner's change: the number of practice questions for one subject in one week. Other weeks
   * stay as they are; the plan does not rebalance, because the owner chose the figure.
   */
  public StudyPlan edit(int weekNumber, String subjectCode, int questions) throws PlanRefused {
    if (questions < 0) {
      throw new PlanRefused(PlanRefused.Problem.NEGATIVE_COUNT);
    }
    if (weekNumber < 1 || weekNumber > weeks.size()) {
      throw new PlanRefused(PlanRefused.Problem.UNKNOWN_WEEK);
    }
    if (subjects.stream().noneMatch(subject -> subject.code().equals(subjectCode))) {
      throw new PlanRefused(PlanRefused.Problem.UNKNOWN_SUBJECT);
    }

    List<PlanWeek> changed = new ArrayList<>(weeks);
    changed.set(weekNumber - 1, week(weekNumber).withQuestions(subjectCode, questions));
    return new StudyPlan(subjects, requestedStart, examDate, changed);
  }
}
