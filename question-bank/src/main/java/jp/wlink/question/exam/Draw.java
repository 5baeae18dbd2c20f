package jp.wlink.question.exam;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/**
 * Draws questions from one pool: questions not seen recently first, spread evenly over the levels
 * the pool has (a scarce level gives what it has and the others share the rest), then, only if
 * fresh ones run out, those seen longest ago. Each question at most once.
 */
final class Draw {
  private Draw() {}

  static List<Candidate> from(
      List<Candidate> pool, int count, RecentlySeen seen, RandomGenerator random) {
    List<Candidate> distinct = distinctQuestions(pool);
    List<Candidate> fresh = distinct.stream().filter(c -> !seen.contains(c.questionId())).toList();
    if (fresh.size() >= count) {
      return shuffled(balanced(fresh, count, random), random);
    }

    List<Candidate> stale =
        new ArrayList<>(
            shuffled(
                distinct.stream().filter(c -> seen.contains(c.questionId())).toList(), random));
    stale.sort(Comparator.comparing(c -> seen.when(c.questionId()).orElseThrow()));
    List<Candidate> picked = new ArrayList<>(fresh);
    picked.addAll(stale.subList(0, Math.min(count - fresh.size(), stale.size())));
    return shuffled(picked, random);
  }

  private static List<Candidate> distinctQuestions(List<Candidate> pool) {
    Map<Long, Candidate> byQuestion = new LinkedHashMap<>();
    for (Candidate candidate : pool) {
      byQuestion.putIfAbsent(candidate.questionId(), candidate);
    }
    return List.copyOf(byQuestion.values());
  }

  /** Takes one per level in turn, from a random first level, until {@code count} are taken. */
  private static List<Candidate> balanced(List<Candidate> pool, int count, RandomGenerator random) {
    Map<Integer, Deque<Candidate>> byLevel = new TreeMap<>();
    for (Candidate candidate : shuffled(pool, random)) {
      byLevel.computeIfAbsent(candidate.level(), l -> new ArrayDeque<>()).add(candidate);
    }
    List<Deque<Candidate>> levels = new ArrayList<>(byLevel.values());
    int next = levels.isEmpty() ? 0 : random.nextInt(levels.size());

    List<Candidate> picked = new ArrayList<>(count);
    while (picked.size() < count) {
      Deque<Candidate> level = levels.get(next);
      if (!level.isEmpty()) {
        picked.add(level.poll());
      }
      next = (next + 1) % levels.size();
    }
    return picked;
  }

  /** Fisher–Yates; Java 17's Collections.shuffle takes only java.util.Random. */
  static <T> List<T> shuffled(List<T> items, RandomGenerator random) {
    List<T> result = new ArrayList<>(items);
    for (int i = result.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = result.get(i);
      result.set(i, result.get(j));
      result.set(j, swap);
    }
    return result;
  }
}
