package jp.wlink.course.catalogue;

import java.util.List;

/**
 * The one rule for ordered units and lessons: a move takes an item out and puts it back at the
 * target place, everything between shifts by one, and positions are renumbered 0..n-1 so they never
 * have gaps or repeats.
 */
final class Reordering {
  private Reordering() {}

  static <T extends Positioned> void move(List<T> items, int from, int to) {
    if (from < 0 || from >= items.size() || to < 0 || to >= items.size()) {
      throw new IndexOutOfBoundsException("move " + from + " to " + to + " of " + items.size());
    }
    T moved = items.remove(from);
    items.add(to, moved);
    renumber(items);
  }

  static <T extends Positioned> void renumber(List<T> items) {
    for (int position = 0; position < items.size(); position++) {
      items.get(position).placeAt(position);
    }
  }
}
