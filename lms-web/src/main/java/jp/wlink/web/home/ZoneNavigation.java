package jp.wlink.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import jp.wlink.web.account.Role;

/**
 * The navigation by zone. Only features that exist, and that the caller may open, are listed; a
 * zone with no such feature is left out, so nobody is sent to a page that is not there for them.
 */
@Named
@ApplicationScoped
public class ZoneNavigation {
  /** Features join this list as they are built. */
  static final List<FeatureLink> FEATURES =
      List.of(
          new FeatureLink(Zone.GROW, "/courses/index", "nav.courses"),
          new FeatureLink(Zone.GROW, "/courses/tracks", "nav.tracks"),
          new FeatureLink(Zone.GROW, "/exams/index", "nav.exams"),
          new FeatureLink(
              Zone.GROW,
              "/questions/index",
              "nav.questions",
              Set.of(Role.Names.HOST, Role.Names.ADMIN)),
          new FeatureLink(
              Zone.GROW,
              "/courses/authoring/index",
              "nav.courseAuthoring",
              Set.of(Role.Names.HOST, Role.Names.ORG_ADMIN, Role.Names.ADMIN)));

  @Inject private SecurityContext securityContext;

  public List<Zone> getZones() {
    return Arrays.stream(Zone.values()).filter(zone -> !featuresOf(zone).isEmpty()).toList();
  }

  public List<FeatureLink> featuresOf(Zone zone) {
    return featuresOf(zone, securityContext::isCallerInRole);
  }

  static List<FeatureLink> featuresOf(Zone zone, Predicate<String> callerInRole) {
    return FEATURES.stream()
        .filter(feature -> feature.zone() == zone && feature.openTo(callerInRole))
        .toList();
  }
}
