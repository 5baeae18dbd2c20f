package jp.wlink.course.model;

/**
 * A practice item as the learner model sees it: the question's id and the skill it practises. The
 * {@linkplain #typical(int) typical item} of a skill stands for an item of average difficulty at
 * that skill, for data that names no items and for questions such as "how likely is a correct
 * answer at this skill".
 *
 * @param item the question bank's question id, or {@link #NO_ITEM} for the typical item
 * @param skill the skill's number (see {@link SkillNumbers}), zero or more
 */
public record ItemRef(long item, int skill) {
  /** The item id of a skill's typical item. */
  public static final long NO_ITEM = -1;

  public ItemRef {
    if (skill < 0) {
      throw new IllegalArgumentException("skill numbers start at 0: " + skill);
    }
    if (item < NO_ITEM) {
      throw new IllegalArgumentException("item ids are positive: " + item);
    }
  }

  public static ItemRef typical(int skill) {
    return new ItemRef(NO_ITEM, skill);
  }

  public boolean isTypical() {
    return item == NO_ITEM;
  }
}
