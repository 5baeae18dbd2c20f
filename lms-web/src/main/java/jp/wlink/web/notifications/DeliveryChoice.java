package jp.wlink.web.notifications;

/** How a recipient wants one kind of notification: mailed at once, in the daily digest, or not. */
public enum DeliveryChoice {
  INSTANT,
  DIGEST,
  OFF;

  /** What a recipient gets before choosing. */
  public static final DeliveryChoice DEFAULT = INSTANT;
}
