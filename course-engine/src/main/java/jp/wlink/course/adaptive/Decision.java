package jp.wlink.course.adaptive;

import static jp.wlink.course.adaptive.ActivityKind.CHECKPOINT;
import static jp.wlink.course.adaptive.ActivityKind.LESSON;
import static jp.wlink.course.adaptive.ActivityKind.PRACTICE;
import static jp.wlink.course.adaptive.ActivityKind.PROMOTION;
import static jp.wlink.course.adaptive.ActivityKind.REVIEW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import jp.wlink.course.review.CardState;
import jp.wlink.course.review.MemoryModel;
import jp.wlink.course.review.ReviewCard;

/**
 * One choice for one learner at one moment: the policy's rules, each giving an activity or nothing,
 * tried in order by {@link NextActivityPolicy}. Not shared between threads.
 */
final class Decision {
  private final CourseMap course;
  private final LearnerSnapshot learner;
  private final Standing standing;
  private final PolicySettings settings;
  private final MemoryModel memory;
  private final Instant now;
  private final long lastItem;
  private final ExamPace focus;
  private final int level;

  Decision(
      CourseMap course,
      LearnerSnapshot learner,
      PolicySettings settings,
      MemoryModel memory,
      Instant now,
      Optional<ExamPace> focus) {
    this.course = course;
    this.learner = learner;
    this.settings = settings;
    this.memory = memory;
    this.now = now;
    this.lastItem = learner.lastItemId().orElse(Long.MIN_VALUE);
    this.focus = focus.orElse(null);
    this.level = course.studyLevel(learner.level());
    Optional<StudyGoal> goal = focus.isPresent() ? learner.goal() : Optional.empty();
    this.standing = Standing.of(course, learner, settings.masteryThreshold(), goal);
  }

  boolean focusing() {
    return focus != null;
  }

  /** The due review most at risk: cards in learning steps first, then the lowest recall. */
  Optional<NextActivity> dueReview(boolean focusOnly) {
    Optional<ScheduledReview> review =
        mostUrgent(r -> r.card().isDue(now) && (!focusOnly || standing.inFocus(r.skillId())));
    return review.map(
        r -> {
          long overdue = Duration.between(r.card().due(), now).toDays();
          return NextActivity.of(REVIEW, r.itemId(), Reason.REVIEW_DUE, r.skillId(), overdue);
        });
  }

  /**
   * Promotion when the mean mastery of the skills at the learner's level passes the threshold, to
   * the next level that has skills. Levels without skills are skipped on both sides: the skills
   * judged are those of the highest level with skills at or below the learner's, and the reason
   * names that level, so it never says a level without content was learnt.
   */
  Optional<NextActivity> promotion() {
    OptionalInt next = course.levelAbove(level);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    int judged = course.levelWithSkillsUpTo(level);
    double sum = 0;
    int count = 0;
    for (int skill = 0; skill < course.skillCount(); skill++) {
      if (course.level(skill) == judged) {
        sum += standing.mastery(skill);
        count++;
      }
    }
    if (count == 0 || sum / count < settings.promotionThreshold()) {
      return Optional.empty();
    }
    int to = next.getAsInt();
    return Optional.of(NextActivity.of(PROMOTION, to, Reason.PROMOTION, judged, to));
  }

  /** The first checkpoint not passed whose skills are all studied and ready. */
  Optional<NextActivity> checkpoint() {
    for (int checkpoint = 0; checkpoint < course.checkpointCount(); checkpoint++) {
      long id = course.checkpointId(checkpoint);
      double readiness = readiness(course.checkpointSkills(checkpoint));
      if (readiness >= settings.checkpointReadiness() && !learner.checkpointPassed(id)) {
        long percent = Math.round(readiness * 100);
        return Optional.of(NextActivity.of(CHECKPOINT, id, Reason.CHECKPOINT, percent));
      }
    }
    return Optional.empty();
  }

  /** Near the exam: lessons and practice on its skills, then its reviews due before the exam. */
  Optional<NextActivity> examPreparation() {
    if (focus == null) {
      return Optional.empty();
    }
    return lessonOrPractice(true).or(this::reviewBeforeExam);
  }

  /**
   * A new lesson while fewer than the set number of skills are in progress, else practice on the
   * weakest skill in progress, else any open lesson. With {@code exam}, only the exam's skills,
   * whatever their level; otherwise skills up to the learner's level.
   */
  Optional<NextActivity> lessonOrPractice(boolean exam) {
    int[] inProgress = skillsInProgress(exam);
    int lesson = openLesson(exam);
    if (lesson >= 0 && inProgress.length < settings.maxSkillsInProgress()) {
      return Optional.of(lessonActivity(lesson, exam));
    }
    Optional<NextActivity> practice = practice(inProgress, exam);
    if (practice.isPresent() || lesson < 0) {
      return practice;
    }
    return Optional.of(lessonActivity(lesson, exam));
  }

  /** When the level's skills are mastered but their mean is short of promotion: the weakest. */
  Optional<NextActivity> practiceTowardPromotion() {
    int[] below =
        skills(
            s ->
                course.level(s) == course.levelWithSkillsUpTo(level)
                    && standing.studied(s)
                    && standing.mastery(s) < settings.promotionThreshold());
    return practice(below, false);
  }

  NextActivity caughtUp() {
    return NextActivity.of(ActivityKind.NONE, course.courseId(), Reason.ALL_CAUGHT_UP);
  }

  private Optional<NextActivity> reviewBeforeExam() {
    LocalDate examDate = learner.goal().orElseThrow().examDate();
    Instant examDay = examDate.atStartOfDay(settings.zone()).toInstant();
    Optional<ScheduledReview> review =
        mostUrgent(r -> r.card().due().isBefore(examDay) && standing.inFocus(r.skillId()));
    long days = focus.daysToExam();
    return review.map(
        r -> NextActivity.of(REVIEW, r.itemId(), Reason.REVIEW_BEFORE_EXAM, r.skillId(), days));
  }

  /** Among the learner's reviews that qualify, other than the last item, the most urgent. */
  private Optional<ScheduledReview> mostUrgent(Predicate<ScheduledReview> qualifies) {
    ScheduledReview best = null;
    double bestUrgency = Double.MAX_VALUE;
    for (ScheduledReview review : learner.reviews()) {
      if (review.itemId() != lastItem && qualifies.test(review)) {
        double urgency = urgency(review.card());
        if (urgency < bestUrgency) {
          best = review;
          bestUrgency = urgency;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Practice on the first of {@code skills} (weakest first) that has an item inside the band; if
   * none has, the item nearest the band on the weakest skill with any item left.
   */
  private Optional<NextActivity> practice(int[] skills, boolean exam) {
    Band band = settings.band();
    NextActivity fallback = null;
    for (int skill : skills) {
      SkillItems items = course.items(skill);
      int index = items.closestInBand(band, learner, lastItem);
      if (index < 0) {
        continue;
      }
      long itemId = items.id(index);
      if (band.contains(learner.probabilityCorrect(itemId))) {
        return Optional.of(practiceActivity(skill, itemId, exam));
      }
      fallback = fallback != null ? fallback : practiceActivity(skill, itemId, exam);
    }
    return Optional.ofNullable(fallback);
  }

  private NextActivity practiceActivity(int skill, long itemId, boolean exam) {
    String skillId = course.skillId(skill);
    if (exam) {
      return NextActivity.of(
          PRACTICE,
          itemId,
          Reason.PRACTICE_FOR_EXAM,
          skillId,
          focus.daysToExam(),
          focus.skillsPerWeekRounded());
    }
    long percent = Math.round(learner.probabilityCorrect(itemId) * 100);
    return NextActivity.of(PRACTICE, itemId, Reason.PRACTICE_AT_LEVEL, skillId, percent);
  }

  private NextActivity lessonActivity(int lesson, boolean exam) {
    String skillId = course.skillId(course.lessonSkill(lesson));
    long id = course.lessonId(lesson);
    if (exam) {
      return NextActivity.of(LESSON, id, Reason.NEW_LESSON_FOR_EXAM, skillId, focus.daysToExam());
    }
    return NextActivity.of(LESSON, id, Reason.NEW_LESSON_PREREQUISITE_MASTERED, skillId);
  }

  /** The first lesson in course order not done, on an unmastered skill whose prerequisites are. */
  private int openLesson(boolean exam) {
    for (int lesson = 0; lesson < course.lessonCount(); lesson++) {
      int skill = course.lessonSkill(lesson);
      if (!standing.lessonDone(lesson)
          && inScope(skill, exam)
          && !standing.mastered(skill)
          && standing.prerequisitesMastered(skill)) {
        return lesson;
      }
    }
    return -1;
  }

  /** Studied, unmastered skills with items, weakest first. */
  private int[] skillsInProgress(boolean exam) {
    return skills(s -> inScope(s, exam) && standing.studied(s) && !standing.mastered(s));
  }

  private int[] skills(IntPredicate wanted) {
    return IntStream.range(0, course.skillCount())
        .filter(s -> course.items(s).size() > 0 && wanted.test(s))
        .boxed()
        .sorted(Comparator.comparingDouble(standing::mastery))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private boolean inScope(int skill, boolean exam) {
    return exam ? standing.inFocus(skill) : course.level(skill) <= level;
  }

  private double readiness(int[] skills) {
    double lowest = 1;
    for (int skill : skills) {
      if (!standing.studied(skill)) {
        return 0;
      }
      lowest = Math.min(lowest, standing.mastery(skill));
    }
    return skills.length == 0 ? 0 : lowest;
  }

  /** Lower is more urgent: learning steps before everything, then by predicted recall. */
  private double urgency(ReviewCard card) {
    if (card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING) {
      return -1;
    }
    double days =
        card.lastReviewed().map(l -> Duration.between(l, now).toMinutes() / 1440.0).orElse(0.0);
    return memory.retrievability(days, card.stability());
  }
}
