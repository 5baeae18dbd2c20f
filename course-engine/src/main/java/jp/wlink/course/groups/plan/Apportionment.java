package jp.wlink.course.groups.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder (Hamilton) apportionment: splits a whole number in proportion to weights so
 * that the parts add up exactly and each part is within one of its exact share. Ties go to the
 * earlier weight, which keeps the result deterministic.
 */
final class Apportionment {
  private Apportionment() {}

  static int[] largestRemainder(int total, List<Integer> weights) {
    long weightSum = weights.stream().mapToLong(Integer::longValue).sum();
    int[] parts = new int[weights.size()];
    List<long[]> remainders = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < parts.length; i++) {
      long scaled = (long) total * weights.get(i);
      parts[i] = (int) (scaled / weightSum);
      given += parts[i];
      remainders.add(new long[] {scaled % weightSum, i});
    }

    remainders.sort(Comparator.<long[]>comparingLong(r -> -r[0]).thenComparingLong(r -> r[1]));
    for (int k = 0; k < total - given; k++) {
      parts[(int) remainders.get(k)[1]]++;
    }
    return parts;
  }

  /** As {@link #largestRemainder}, but every part gets at least one when the total allows. */
  static int[] atLeastOneEach(int total, List<Integer> weights) {
    if (total < weights.size()) {
      return largestRemainder(total, weights);
    }
    int[] parts = largestRemainder(total - weights.size(), weights);
    for (int i = 0; i < parts.length; i++) {
      parts[i]++;
    }
    return parts;
  }
}
