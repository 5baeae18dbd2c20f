package jp.wlink.course.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import jp.wlink.course.adaptive.ScheduledReview;
import jp.wlink.course.adaptive.StudyGoal;
import jp.wlink.course.review.AnswerGrading;
import jp.wlink.course.review.MemoryModel;
import jp.wlink.course.review.ReviewCard;
import jp.wlink.course.review.ReviewScheduler;
import jp.wlink.course.review.SchedulerSettings;

/**
 * Summarises stored answers into what the policy reads: item difficulties calibrated from every
 * learner's answers, and per learner an ability per skill, lessons and checkpoints done, a level,
 * review cards replayed through FSRS (keeping the earliest due, as a query with a limit would) and,
 * for some, an exam goal.
 */
final class HistorySummary {
  static final int REVIEWS_KEPT = 50;
  private static final Duration HALF_DAY = Duration.ofHours(12);

  private final GeneratedCourse course;
  private final AnswerLog log;
  private final ReviewScheduler scheduler =
      new ReviewScheduler(MemoryModel.defaults(), SchedulerSettings.forQuestionItems());
  private final AnswerGrading grading = AnswerGrading.defaults();

  HistorySummary(GeneratedCourse course, AnswerLog log) {
    this.course = course;
    this.log = log;
  }

  int learners() {
    return log.learners;
  }

  /** Difficulty per item: minus the log-odds of its smoothed share of correct answers. */
  double[] calibrate() {
    int[] seen = new int[course.items];
    int[] right = new int[course.items];
    for (int a = 0; a < log.size; a++) {
      seen[log.item[a]]++;
      right[log.item[a]] += log.correct[a] ? 1 : 0;
    }
    double[] difficulty = new double[course.items];
    for (int i = 0; i < course.items; i++) {
      double p = (right[i] + 0.5) / (seen[i] + 1.0);
      difficulty[i] = -Math.log(p / (1 - p));
    }
    return difficulty;
  }

  /** The median calibrated difficulty of each skill's items: mastery is P(correct) there. */
  double[] skillMedians(double[] difficulty) {
    int perSkill = course.items / course.skills;
    double[] medians = new double[course.skills];
    for (int s = 0; s < course.skills; s++) {
      double[] own = Arrays.copyOfRange(difficulty, s * perSkill, (s + 1) * perSkill);
      Arrays.sort(own);
      medians[s] = own[own.length / 2];
    }
    return medians;
  }

  /**
   * Learner {@code l}'s snapshot for a session half a day after their last answer; {@code caughtUp}
   * drops the cards already due then, as if the learner had kept up with reviews.
   */
  BenchLearner learner(
      int l, BenchLearner.Shared shared, Instant now, SplittableRandom random, boolean caughtUp) {
    Tally tally = tally(l, shared.difficulty());
    double[] ability = tally.abilities();
    boolean[] lessons = new boolean[course.skills * 2];
    double[] mastery = new double[course.skills];
    for (int s = 0; s < course.skills; s++) {
      lessons[2 * s] = tally.seen[s] > 0;
      lessons[2 * s + 1] = tally.seen[s] > 0;
      mastery[s] = BenchLearner.logistic(ability[s] - shared.skillMedian()[s]);
    }

    Instant session =
        Instant.ofEpochSecond(log.epochSecond[log.firstAnswer[l + 1] - 1]).plus(HALF_DAY);
    List<ScheduledReview> reviews = replay(l, caughtUp ? session : Instant.MIN);
    long lastItem = log.item[log.firstAnswer[l + 1] - 1] + 1L;
    return new BenchLearner(
        shared,
        ability,
        lessons,
        checkpoints(mastery),
        level(mastery),
        reviews,
        goal(now, random),
        lastItem,
        session);
  }

  /**
   * Reviews the learner's answers through FSRS in time order; the earliest cards due after {@code
   * dueAfter}.
   */
  List<ScheduledReview> replay(int l, Instant dueAfter) {
    Map<Integer, ReviewCard> cards = new HashMap<>();
    for (int a = log.firstAnswer[l]; a < log.firstAnswer[l + 1]; a++) {
      Instant at = Instant.ofEpochSecond(log.epochSecond[a]);
      ReviewCard card = cards.getOrDefault(log.item[a], ReviewCard.fresh(at));
      double score = log.correct[a] ? 1 : 0;
      card =
          scheduler.review(
              card, grading.grade(score, Duration.ofMillis(log.responseMillis[a])), at);
      cards.put(log.item[a], card);
    }
    return cards.entrySet().stream()
        .filter(e -> e.getValue().due().isAfter(dueAfter))
        .sorted(Comparator.comparing(e -> e.getValue().due()))
        .limit(REVIEWS_KEPT)
        .map(
            e ->
                new ScheduledReview(
                    e.getKey() + 1L,
                    GeneratedCourse.skillId(course.itemSkill[e.getKey()]),
                    e.getValue()))
        .toList();
  }

  private Tally tally(int l, double[] difficulty) {
    Tally tally = new Tally(course.skills);
    for (int a = log.firstAnswer[l]; a < log.firstAnswer[l + 1]; a++) {
      int skill = course.itemSkill[log.item[a]];
      tally.seen[skill]++;
      tally.right[skill] += log.correct[a] ? 1 : 0;
      tally.met[skill] += difficulty[log.item[a]];
    }
    return tally;
  }

  /** One learner's answers per skill: how many, how many right, the difficulty met. */
  private static final class Tally {
    final int[] seen;
    final int[] right;
    final double[] met;

    Tally(int skills) {
      seen = new int[skills];
      right = new int[skills];
      met = new double[skills];
    }

    /** Log-odds of the smoothed share correct plus the mean difficulty met; low if unseen. */
    double[] abilities() {
      double[] ability = new double[seen.length];
      for (int s = 0; s < seen.length; s++) {
        double p = (right[s] + 0.5) / (seen[s] + 1.0);
        ability[s] = seen[s] == 0 ? -3 : Math.log(p / (1 - p)) + met[s] / seen[s];
      }
      return ability;
    }
  }

  private boolean[] checkpoints(double[] mastery) {
    boolean[] passed = new boolean[course.skills / GeneratedCourse.CHAIN];
    for (int chain = 0; chain < passed.length; chain++) {
      passed[chain] = true;
      for (int k = 0; k < GeneratedCourse.CHAIN; k++) {
        passed[chain] &= mastery[chain * GeneratedCourse.CHAIN + k] >= 0.8;
      }
    }
    return passed;
  }

  private int level(double[] mastery) {
    int level = 1;
    int perLevel = course.skillsPerLevel();
    while (level < GeneratedCourse.LEVELS) {
      double sum = 0;
      for (int s = (level - 1) * perLevel; s < level * perLevel; s++) {
        sum += mastery[s];
      }
      if (sum / perLevel < 0.8) {
        break;
      }
      level++;
    }
    return level;
  }

  /** Three learners in ten aim at an exam on 20 of the skills, 3 to 90 days away. */
  private StudyGoal goal(Instant now, SplittableRandom random) {
    if (random.nextInt(10) >= 3) {
      return null;
    }
    Set<String> skills = new HashSet<>();
    while (skills.size() < 20) {
      skills.add(GeneratedCourse.skillId(random.nextInt(course.skills)));
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Tokyo"));
    return new StudyGoal("下水道技術検定第3種", skills, today.plusDays(3 + random.nextInt(88)));
  }
}
