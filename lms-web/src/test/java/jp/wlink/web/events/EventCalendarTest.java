package jp.wlink.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  @Test
  void anEventsIcsParsesBackWithItsJapanTimesTextAndPlace() throws Exception {
    Event event =
        event(
            LocalDateTime.of(2026, 12, 10, 19, 0),
            LocalDateTime.of(2026, 12, 10, 21, 0),
            "https://meet.example/josui?room=1",
            "東京都水道会館 3階");

    VEvent parsed = onlyEvent(EventCalendar.ics(event, NOW));

    assertThat(japan(parsed, Property.DTSTART)).isEqualTo("2026-12-10T19:00+09:00[Asia/Tokyo]");
    assertThat(japan(parsed, Property.DTEND)).isEqualTo("2026-12-10T21:00+09:00[Asia/Tokyo]");
    assertThat(text(parsed, Property.SUMMARY)).isEqualTo("浄水処理の勉強会, 第1回; 基礎");
    assertThat(text(parsed, Property.DESCRIPTION)).isEqualTo("持ち物：筆記用具\n資料は当日配布します。");
    assertThat(text(parsed, Property.LOCATION)).isEqualTo("東京都水道会館 3階");
    assertThat(text(parsed, Property.URL)).isEqualTo("https://meet.example/josui?room=1");
    assertThat(text(parsed, Property.UID)).isEqualTo(EventCalendar.uid(event));
  }

  @Test
  void aLateEveningEventInJapanFallsOnItsJapaneseDateThoughUtcIsStillTheDayBefore()
      throws Exception {
    Event event =
        event(
            LocalDateTime.of(2026, 12, 31, 23, 30),
            LocalDateTime.of(2027, 1, 1, 0, 30),
            "https://meet.example/countdown",
            null);

    VEvent parsed = onlyEvent(EventCalendar.ics(event, NOW));

    ZonedDateTime start = ZonedDateTime.parse(japan(parsed, Property.DTSTART));
    assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(start.toLocalTime().toString()).isEqualTo("23:30");
    assertThat(instant(parsed, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-31T14:30:00Z"));
    assertThat(ZonedDateTime.parse(japan(parsed, Property.DTEND)).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(text(parsed, Property.LOCATION)).isEqualTo("https://meet.example/countdown");
  }

  @Test
  void aFeedHoldsEveryEventAsOneCalendarWithTheSameUidsEachTime() throws Exception {
    Event first = event(LocalDateTime.of(2026, 12, 10, 19, 0), null, null, "会議室A");
    Event second = event(LocalDateTime.of(2026, 12, 11, 9, 0), null, null, "会議室B");

    String feed = EventCalendar.feed(List.of(first, second), NOW, "W/LINK イベント");
    Calendar parsed = new CalendarBuilder().build(new StringReader(feed));

    List<VEvent> events = parsed.getComponents(Component.VEVENT);
    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> text(e, Property.LOCATION)).containsExactly("会議室A", "会議室B");
    assertThat(feed).isEqualTo(EventCalendar.feed(List.of(first, second), NOW, "W/LINK イベント"));
    assertThat(feed).contains("X-WR-CALNAME:W/LINK イベント").contains("\r\n");
  }

  private static Event event(LocalDateTime start, LocalDateTime end, String url, String venue) {
    LocalDateTime ends = end == null ? start.plusHours(1) : end;
    EventDraft draft =
        new EventDraft("浄水処理の勉強会, 第1回; 基礎", "持ち物：筆記用具\n資料は当日配布します。", start, ends, url, venue, 10);
    assertThat(draft.problem()).isEmpty();
    return new Event(null, draft, NOW);
  }

  private static VEvent onlyEvent(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String text(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  private static Instant instant(VEvent event, String property) {
    Property found = event.getProperty(property).orElseThrow();
    return Instant.from(((net.fortuna.ical4j.model.property.DateProperty<?>) found).getDate());
  }

  private static String japan(VEvent event, String property) {
    return instant(event, property).atZone(EventDraft.JAPAN).toString();
  }
}
