package jp.wlink.web.events;

/**
 * Where an answer stands: {@link #CONFIRMED} (a seat for GOING; simply recorded for MAYBE and
 * NOT_GOING) or {@link #WAITING} for a seat, in the order the answers came.
 */
public enum Seat {
  CONFIRMED,
  WAITING
}
