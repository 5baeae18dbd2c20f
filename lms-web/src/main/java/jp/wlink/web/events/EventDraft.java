package jp.wlink.web.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import jp.wlink.web.events.EventRefused.Problem;

/**
 * An event as its organiser enters it: start and end are wall-clock times in Japan, the place is an
 * https link, a venue or both, and a missing capacity means no limit.
 */
public record EventDraft(
    String title,
    String description,
    LocalDateTime startsInJapan,
    LocalDateTime endsInJapan,
    String onlineUrl,
    String venue,
    Integer capacity) {
  /** Events are entered and shown in Japan time whatever the server's zone. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** The first problem that keeps this draft from becoming an event, if any. */
  public Optional<Problem> problem() {
    if (blank(title)) {
      return Optional.of(Problem.TITLE_MISSING);
    }
    if (startsInJapan == null || endsInJapan == null || !endsInJapan.isAfter(startsInJapan)) {
      return Optional.of(Problem.END_BEFORE_START);
    }
    if (capacity != null && capacity < 1) {
      return Optional.of(Problem.CAPACITY_BELOW_ONE);
    }
    if (!blank(onlineUrl) && !https(onlineUrl.strip())) {
      return Optional.of(Problem.URL_NOT_HTTPS);
    }
    if (blank(onlineUrl) && blank(venue)) {
      return Optional.of(Problem.PLACE_MISSING);
    }
    if (longer(title, 200)
        || longer(description, 4000)
        || longer(onlineUrl, 500)
        || longer(venue, 300)) {
      return Optional.of(Problem.TOO_LONG);
    }
    return Optional.empty();
  }

  public Instant startsAt() {
    return startsInJapan.atZone(JAPAN).toInstant();
  }

  public Instant endsAt() {
    return endsInJapan.atZone(JAPAN).toInstant();
  }

  /** Whether the text, stripped as it is stored, exceeds its column. */
  private static boolean longer(String text, int column) {
    return text != null && text.strip().length() > column;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean https(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && "https".equals(scheme.toLowerCase(Locale.ROOT))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
