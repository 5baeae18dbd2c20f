package jp.wlink.web.courses;

import java.util.function.Predicate;
import jp.wlink.web.account.Role;

/** Whether tracks read as a career plan: for students only, unless they also work somewhere. */
final class TrackWording {
  private TrackWording() {}

  static boolean isCareerPlan(Predicate<String> callerInRole) {
    return callerInRole.test(Role.Names.STUDENT)
        && !callerInRole.test(Role.Names.STAFF)
        && !callerInRole.test(Role.Names.ORG_ADMIN);
  }
}
