package jp.wlink.web.discussion;

/** What kind of contact detail a post seems to contain. */
public enum PersonalDataKind {
  PHONE,
  EMAIL
}
