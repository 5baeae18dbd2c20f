package jp.wlink.web.profile;

/** Thrown when a profile was saved from another window or device after this form was opened. */
public class ProfileChangedElsewhere extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProfileChangedElsewhere(long accountId) {
    super("The profile of account " + accountId + " changed after the form was opened");
  }
}
