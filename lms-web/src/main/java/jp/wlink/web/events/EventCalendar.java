package jp.wlink.web.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar text: one event's .ics, or a member's feed of many. Times are written in UTC
 * (the instants the events are stored as), so every calendar shows them at the right Japan time
 * without needing a time-zone definition; each event's UID stays the same across downloads, so a
 * calendar updates the event instead of adding a copy.
 */
public final class EventCalendar {
  private static final String PRODUCT = "-//W/LINK//Events//JA";
  private static final String UID_DOMAIN = "@events.wlink.jp";

  private EventCalendar() {}

  /** One event as a whole .ics file. */
  public static String ics(Event event, Instant now) {
    return calendar(List.of(event), now, null);
  }

  /** Many events as one calendar, for a member's subscribed feed. */
  public static String feed(List<Event> events, Instant now, String name) {
    return calendar(events, now, name);
  }

  /** The UID an event keeps in every calendar it is exported to. */
  public static String uid(Event event) {
    return "event-" + event.getId() + UID_DOMAIN;
  }

  private static String calendar(List<Event> events, Instant now, String name) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    if (name != null) {
      calendar.add(new XProperty("X-WR-CALNAME", name));
    }
    for (Event event : events) {
      calendar.add(vevent(event, now));
    }
    return calendar.toString();
  }

  // LIMITATION: UTC times without VTIMEZONE: a member abroad sees the right moment in local time.
  private static VEvent vevent(Event event, Instant now) {
    VEvent vevent = new VEvent(event.getStartsAt(), event.getEndsAt(), event.getTitle());
    vevent.replace(new DtStamp(now));
    vevent.add(new Uid(uid(event)));
    if (event.getDescription() != null) {
      vevent.add(new Description(event.getDescription()));
    }
    String place = event.getVenue() != null ? event.getVenue() : event.getOnlineUrl();
    vevent.add(new Location(place));
    if (event.getOnlineUrl() != null) {
      vevent.add(new Url(uri(event.getOnlineUrl())));
    }
    return vevent;
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("An event's URL was checked when it was created", e);
    }
  }
}
