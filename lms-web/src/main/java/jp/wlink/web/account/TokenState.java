package jp.wlink.web.account;

/** Whether a mailed link can still be used; every token is good for one use only. */
public enum TokenState {
  USABLE,
  EXPIRED,
  USED,
  /** No token has this value for this purpose: mistyped, replaced by a newer one, or forged. */
  UNKNOWN
}
