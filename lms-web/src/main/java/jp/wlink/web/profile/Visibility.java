package jp.wlink.web.profile;

/** Who may see one part of a profile besides its owner and the administrators. */
public enum Visibility {
  /** Anyone, including visitors who are not logged in. */
  PUBLIC,
  /** Logged-in members only; the default for every part. */
  MEMBERS,
  /** Nobody but the owner (and the administrators). */
  ONLY_ME;

  public static final Visibility DEFAULT = MEMBERS;

  public String getMessageKey() {
    return "visibility." + name();
  }
}
