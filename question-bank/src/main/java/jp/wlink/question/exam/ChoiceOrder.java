package jp.wlink.question.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order a slot shows its choices (or items) in, derived from the slot's seed.
 * SplittableRandom's sequence is fixed by its specification, so the same seed gives the same order
 * on every instance and after every restart: a resumed attempt looks exactly as it did.
 */
public final class ChoiceOrder {
  private ChoiceOrder() {}

  /** A permutation of 0..size-1: element i is the index of the choice shown i-th. */
  public static List<Integer> of(long seed, int size) {
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return Draw.shuffled(order, new SplittableRandom(seed));
  }
}
