package jp.wlink.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The navigation by zone. Only features that exist are listed, and a zone with no feature yet is
 * left out, so nobody is sent to a page that is not there.
 */
@Named
@ApplicationScoped
public class ZoneNavigation {
  /** Features join this list as they are built. */
  static final List<FeatureLink> FEATURES =
      List.of(
          new FeatureLink(Zone.GROW, "/exams/index", "nav.exams"),
          new FeatureLink(Zone.GROW, "/questions/index", "nav.questions"));

  public List<Zone> getZones() {
    return Arrays.stream(Zone.values()).filter(zone -> !featuresOf(zone).isEmpty()).toList();
  }

  public List<FeatureLink> featuresOf(Zone zone) {
    return FEATURES.stream().filter(feature -> feature.zone() == zone).toList();
  }
}
