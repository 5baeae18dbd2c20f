package jp.wlink.course.review;

/** How well a learner recalled a card, in FSRS's four grades (1 to 4). */
public enum Grade {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4);

  private final int value;

  Grade(int value) {
    this.value = value;
  }

  /** The grade as FSRS's formulas use it: 1 for Again up to 4 for Easy. */
  public int value() {
    return value;
  }
}
