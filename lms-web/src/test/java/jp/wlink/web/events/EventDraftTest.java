package jp.wlink.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.wlink.web.events.EventRefused.Problem;
import org.junit.jupiter.api.Test;

class EventDraftTest {
  private static final LocalDateTime START = LocalDateTime.of(2026, 12, 10, 19, 0);

  @Test
  void aCompleteDraftHasNoProblemAndItsTimesAreJapanTime() {
    EventDraft draft = draft("浄水勉強会", START.plusHours(2), "https://meet.example/x", null, 5);

    assertThat(draft.problem()).isEmpty();
    assertThat(draft.startsAt()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
    assertThat(draft.endsAt()).isEqualTo(Instant.parse("2026-12-10T12:00:00Z"));
  }

  @Test
  void namesEachProblemOfADraft() {
    LocalDateTime end = START.plusHours(1);

    assertThat(draft("  ", end, null, "会議室A", null).problem()).contains(Problem.TITLE_MISSING);
    assertThat(draft("t", START.minusMinutes(1), null, "A", null).problem())
        .contains(Problem.END_BEFORE_START);
    assertThat(draft("t", START, null, "A", null).problem()).contains(Problem.END_BEFORE_START);
    assertThat(draft("t", end, null, "A", 0).problem()).contains(Problem.CAPACITY_BELOW_ONE);
    assertThat(draft("t", end, "http://meet.example/x", null, 3).problem())
        .contains(Problem.URL_NOT_HTTPS);
    assertThat(draft("t", end, "javascript:alert(1)", null, 3).problem())
        .contains(Problem.URL_NOT_HTTPS);
    assertThat(draft("t", end, " ", null, null).problem()).contains(Problem.PLACE_MISSING);
    assertThat(draft("長".repeat(201), end, null, "A", null).problem()).contains(Problem.TOO_LONG);
  }

  @Test
  void aVenueWithoutCapacityIsAnUnlimitedEvent() {
    EventDraft draft = draft("総会", START.plusHours(3), null, "東京都水道会館", null);

    assertThat(draft.problem()).isEmpty();
    assertThat(new Event(null, draft, Instant.EPOCH).hasSeatFor(10_000)).isTrue();
  }

  @Test
  void everyProblemIsWordedInJapaneseAndEnglish() {
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("jp.wlink.web.i18n.messages", locale);
      for (Problem problem : Problem.values()) {
        assertThat(bundle.getString("events.problem." + problem.name())).isNotBlank();
      }
    }
  }

  static EventDraft draft(
      String title, LocalDateTime end, String url, String venue, Integer capacity) {
    return new EventDraft(title, "説明", START, end, url, venue, capacity);
  }
}
