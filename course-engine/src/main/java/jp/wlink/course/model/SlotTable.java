package jp.wlink.course.model;

import java.util.Arrays;

/**
 * Numbers keys (skill numbers, item ids) with dense slots 0, 1, 2… in the order they were added,
 * through an open-addressing table with linear probing. The owner keeps its values in parallel
 * primitive arrays indexed by slot and grows them to {@link #capacity()} when told.
 */
final class SlotTable {
  private int size;
  private long[] keys;
  private int[] table;

  SlotTable(int capacity) {
    keys = new long[capacity];
    table = emptyTable(capacity * 2);
  }

  int size() {
    return size;
  }

  int capacity() {
    return keys.length;
  }

  long key(int slot) {
    return keys[slot];
  }

  /** The key's slot, or -1 when it was never added. */
  int find(long key) {
    int mask = table.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      int slot = table[i];
      if (slot < 0 || keys[slot] == key) {
        return slot;
      }
    }
  }

  /** Adds a key that {@link #find} does not know and returns its new slot. */
  int add(long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, keys.length * 2);
      table = emptyTable(keys.length * 2);
      for (int slot = 0; slot < size; slot++) {
        place(slot);
      }
    }
    int slot = size++;
    keys[slot] = key;
    place(slot);
    return slot;
  }

  SlotTable copy() {
    SlotTable copy = new SlotTable(1);
    copy.size = size;
    copy.keys = keys.clone();
    copy.table = table.clone();
    return copy;
  }

  private void place(int slot) {
    int mask = table.length - 1;
    int i = hash(keys[slot]) & mask;
    while (table[i] >= 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot;
  }

  private static int[] emptyTable(int length) {
    int[] fresh = new int[Integer.highestOneBit(Math.max(length, 2) - 1) << 1];
    Arrays.fill(fresh, -1);
    return fresh;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
