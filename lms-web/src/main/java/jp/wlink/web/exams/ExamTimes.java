package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants as people in Japan read them: in Asia/Tokyo, in the page's language. */
@Named
@ApplicationScoped
public class ExamTimes {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  public String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    DateTimeFormatter formatter =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(TOKYO);
    return formatter.format(instant);
  }
}
