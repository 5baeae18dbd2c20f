package jp.wlink.web.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One save of the profile form: the details, the organisation claimed (none when null), the
 * visibility chosen for each part, and the version the form was showing (null for a new profile).
 */
public record ProfileChange(
    ProfileDetails details,
    Long organisationId,
    Map<ProfileField, Visibility> visibility,
    Long expectedVersion) {
  public ProfileChange {
    Objects.requireNonNull(details);
    visibility = visibility.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(visibility));
  }
}
