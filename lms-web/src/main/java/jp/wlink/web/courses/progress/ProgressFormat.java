package jp.wlink.web.courses.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.wlink.course.progress.Pace;

/** Dates and durations as progress pages show them: days in Japan, hours to one decimal. */
@Named
@ApplicationScoped
public class ProgressFormat {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  public String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public String dayOf(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(Pace.JAPAN));
  }

  public String hours(long seconds) {
    return String.valueOf(Math.round(seconds / 360.0) / 10.0);
  }
}
