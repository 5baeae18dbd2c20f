package jp.wlink.web.account;

/** The input a refusal belongs to, so that a page can show the message right next to it. */
public enum FormField {
  EMAIL,
  HANDLE,
  PASSWORD,
  CURRENT_PASSWORD,
  NEW_EMAIL
}
