package jp.wlink.web.notifications;

/**
 * What a notification is about. Each kind has its texts in the messages bundles under {@code
 * notification.<kind>.subject} and {@code notification.<kind>.body}, formatted with the
 * notification's arguments.
 */
public enum NotificationKind {
  EVENT_REMINDER,
  WAITING_LIST_PROMOTED,
  GROUP_JOIN_REQUEST,
  MENTION;

  String subjectKey() {
    return "notification." + name() + ".subject";
  }

  String bodyKey() {
    return "notification." + name() + ".body";
  }
}
