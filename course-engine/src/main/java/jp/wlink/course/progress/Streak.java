package jp.wlink.course.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Days in a row with some study, counted back from today, or from yesterday when nothing was
 * studied yet today (the streak is not lost until the day is over).
 */
public final class Streak {
  private Streak() {}

  public static int days(Collection<LocalDate> studyDays, LocalDate today) {
    Set<LocalDate> days = new TreeSet<>(studyDays);
    LocalDate day = days.contains(today) ? today : today.minusDays(1);
    int streak = 0;
    while (days.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    return streak;
  }
}
