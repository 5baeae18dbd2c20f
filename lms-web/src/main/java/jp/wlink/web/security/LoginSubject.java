package jp.wlink.web.security;

/** What failed logins are counted against: the account named, and the address they came from. */
public enum LoginSubject {
  ACCOUNT,
  ADDRESS
}
