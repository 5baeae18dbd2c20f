package jp.wlink.course.catalogue;

/**
 * The five levels W/LINK uses for courses, lessons and skills: 1 初級 (beginner) to 5 上級 (advanced).
 * Pages name them through the bundle key {@code course.level.<n>}.
 */
public final class Levels {
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  private Levels() {}

  /** The level unchanged, or an exception when it is outside 1..5. */
  public static int check(int level) {
    if (level < LOWEST || level > HIGHEST) {
      throw new IllegalArgumentException("level must be 1 to 5: " + level);
    }
    return level;
  }
}
