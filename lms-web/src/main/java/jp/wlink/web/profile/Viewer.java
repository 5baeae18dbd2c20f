package jp.wlink.web.profile;

import java.util.Objects;
import java.util.Optional;

/** Who is looking at a profile, as far as deciding what they may see goes. */
public enum Viewer {
  /** A visitor who is not logged in. */
  ANONYMOUS,
  /** Any other logged-in member. */
  MEMBER,
  /** The member the profile belongs to. */
  OWNER,
  /** A system administrator. */
  ADMIN;

  /** The viewer a logged-in account (or nobody) is for the profile of {@code ownerId}. */
  public static Viewer of(Optional<Long> viewerId, boolean admin, long ownerId) {
    Objects.requireNonNull(viewerId);
    if (viewerId.isEmpty()) {
      return ANONYMOUS;
    }
    if (viewerId.get() == ownerId) {
      return OWNER;
    }
    return admin ? ADMIN : MEMBER;
  }

  /** Whether this viewer sees everything, the private parts included. */
  public boolean seesEverything() {
    return this == OWNER || this == ADMIN;
  }

  public boolean sees(Visibility visibility) {
    return switch (visibility) {
      case PUBLIC -> true;
      case MEMBERS -> this != ANONYMOUS;
      case ONLY_ME -> seesEverything();
    };
  }
}
