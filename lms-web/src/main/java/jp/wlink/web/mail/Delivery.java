package jp.wlink.web.mail;

/** What became of an outgoing mail; pages tell the person which one happened. */
public enum Delivery {
  /** Handed to the SMTP server. */
  SENT,
  /** No SMTP server is configured, so the link was written to the server log instead. */
  LOGGED,
  /** The SMTP server could not be reached or refused the mail; sending again may work. */
  FAILED
}
