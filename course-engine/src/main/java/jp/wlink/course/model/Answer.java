package jp.wlink.course.model;

import java.util.Objects;

/** One answer a learner gave: to which item, and whether it was correct. */
public record Answer(ItemRef item, boolean correct) {
  public Answer {
    Objects.requireNonNull(item);
  }
}
