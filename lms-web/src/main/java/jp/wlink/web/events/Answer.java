package jp.wlink.web.events;

/** A member's answer to an event. Only {@link #GOING} takes a seat. */
public enum Answer {
  GOING,
  MAYBE,
  NOT_GOING
}
