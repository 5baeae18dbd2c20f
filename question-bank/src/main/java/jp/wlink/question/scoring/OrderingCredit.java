package jp.wlink.question.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * Partial credit for an ordering question by the longest ordered subsequence: the most items that
 * already stand in the right relative order, so only the others need moving. With n items and a
 * longest ordered run of L (not necessarily adjacent), the credit is (L - 1) / (n - 1): the right
 * order earns 1, the exact reverse 0, and one item dragged to the wrong place still earns most of
 * the mark ((n - 2) / (n - 1)). A response that is not an arrangement of every item earns 0.
 */
final class OrderingCredit {
  private OrderingCredit() {}

  static double fraction(int itemCount, List<Integer> order) {
    if (itemCount == 0 || !arrangesEveryItem(itemCount, order)) {
      return 0.0;
    }
    if (itemCount == 1) {
      return 1.0;
    }
    return (longestOrderedSubsequence(order) - 1) / (double) (itemCount - 1);
  }

  private static boolean arrangesEveryItem(int itemCount, List<Integer> order) {
    if (order.size() != itemCount) {
      return false;
    }
    HashSet<Integer> seen = new HashSet<>();
    for (Integer item : order) {
      if (item == null || item < 0 || item >= itemCount || !seen.add(item)) {
        return false;
      }
    }
    return true;
  }

  /** Patience sorting: {@code tails.get(k)} is the smallest last item of a run of length k + 1. */
  private static int longestOrderedSubsequence(List<Integer> order) {
    List<Integer> tails = new ArrayList<>();
    for (int item : order) {
      int place = Collections.binarySearch(tails, item);
      int insertAt = place < 0 ? -place - 1 : place;
      if (insertAt == tails.size()) {
        tails.add(item);
      } else {
        tails.set(insertAt, item);
      }
    }
    return tails.size();
  }
}
