package jp.wlink.course.enrolment;

import java.util.Optional;

/**
 * What the directory knows of an address in a staff list: nobody, somebody outside the enrolling
 * organisation, or one of its approved staff with their account id.
 */
public record StaffMatch(Kind kind, Optional<Long> learnerId) {
  /** The three answers. */
  public enum Kind {
    UNKNOWN,
    OTHER_ORGANISATION,
    STAFF
  }

  public static final StaffMatch UNKNOWN = new StaffMatch(Kind.UNKNOWN, Optional.empty());
  public static final StaffMatch OUTSIDER =
      new StaffMatch(Kind.OTHER_ORGANISATION, Optional.empty());

  public static StaffMatch staff(long learnerId) {
    return new StaffMatch(Kind.STAFF, Optional.of(learnerId));
  }
}
