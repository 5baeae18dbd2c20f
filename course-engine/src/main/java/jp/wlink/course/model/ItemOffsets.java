package jp.wlink.course.model;

import java.util.Arrays;

/**
 * Per item, how much harder it is than its skill's typical item, with the variance of that offset,
 * in arrays indexed by the item's slot.
 */
final class ItemOffsets {
  private final SlotTable slots = new SlotTable(64);
  private double[] offset = new double[64];
  private double[] variance = new double[64];

  int size() {
    return slots.size();
  }

  long item(int slot) {
    return slots.key(slot);
  }

  /** The slot of the item, or -1 when it has never been seen. */
  int find(long item) {
    return slots.find(item);
  }

  int slot(long item, double priorVariance) {
    int found = slots.find(item);
    if (found >= 0) {
      return found;
    }
    int slot = slots.add(item);
    if (slots.capacity() > offset.length) {
      offset = Arrays.copyOf(offset, slots.capacity());
      variance = Arrays.copyOf(variance, slots.capacity());
    }
    variance[slot] = priorVariance;
    return slot;
  }

  double offset(int slot) {
    return offset[slot];
  }

  double variance(int slot) {
    return variance[slot];
  }

  void set(int slot, double newOffset, double newVariance) {
    offset[slot] = newOffset;
    variance[slot] = newVariance;
  }
}
