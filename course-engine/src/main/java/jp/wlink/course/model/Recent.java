package jp.wlink.course.model;

/**
 * The last answers as the bits of an int: bit 0 is the latest, set when it was correct. Only the
 * last {@value #KEPT} answers are kept, which is far more than any feature looks at.
 */
final class Recent {
  static final int KEPT = Integer.SIZE;

  private Recent() {}

  static int push(int bits, boolean correct) {
    return (bits << 1) | (correct ? 1 : 0);
  }

  /** +1 when the answer {@code back} answers ago (0 = latest) was correct, -1 wrong, 0 none. */
  static int signed(int bits, int known, int back) {
    if (back >= Math.min(known, KEPT)) {
      return 0;
    }
    return ((bits >>> back) & 1) == 1 ? 1 : -1;
  }

  /** How many of the latest answers in a row were correct. */
  static int correctRun(int bits, int known) {
    return Math.min(Integer.numberOfTrailingZeros(~bits), Math.min(known, KEPT));
  }

  /** How many of the latest answers in a row were wrong. */
  static int wrongRun(int bits, int known) {
    return Math.min(Integer.numberOfTrailingZeros(bits), Math.min(known, KEPT));
  }
}
