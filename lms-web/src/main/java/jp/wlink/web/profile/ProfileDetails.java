package jp.wlink.web.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.wlink.web.region.Prefecture;

/**
 * The parts of a profile its owner types or picks, normalised on creation: surrounding spaces go,
 * blank text becomes absent, and certifications become one per line without empty lines. {@link
 * #problems()} lists the limits broken; a profile only ever takes details without problems.
 */
public record ProfileDetails(
    String realName,
    AffiliationType affiliation,
    JobType jobType,
    Prefecture prefecture,
    Integer yearsOfExperience,
    String certifications,
    String interests) {
  public static final int MAX_REAL_NAME = 100;
  public static final int MAX_YEARS = 60;
  public static final int MAX_TEXT = 1000;

  public ProfileDetails {
    realName = text(realName);
    certifications = lines(certifications);
    interests = text(interests);
  }

  public static ProfileDetails empty() {
    return new ProfileDetails(null, null, null, null, null, null, null);
  }

  public List<ProfileProblem> problems() {
    List<ProfileProblem> problems = new ArrayList<>();
    if (tooLong(realName, MAX_REAL_NAME)) {
      problems.add(new ProfileProblem("realName", "profile.validation.tooLong", MAX_REAL_NAME));
    }
    if (yearsOfExperience != null && (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS)) {
      problems.add(new ProfileProblem("years", "profile.validation.years", MAX_YEARS));
    }
    if (tooLong(certifications, MAX_TEXT)) {
      problems.add(new ProfileProblem("certifications", "profile.validation.tooLong", MAX_TEXT));
    }
    if (tooLong(interests, MAX_TEXT)) {
      problems.add(new ProfileProblem("interests", "profile.validation.tooLong", MAX_TEXT));
    }
    return problems;
  }

  /** The certifications one by one, in the order the member wrote them. */
  public List<String> certificationList() {
    return certifications == null ? List.of() : List.of(certifications.split("\n"));
  }

  private static boolean tooLong(String value, int limit) {
    return value != null && value.length() > limit;
  }

  /** Browsers send line breaks as CR LF; one LF is stored so the limit counts what people see. */
  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String lines(String value) {
    String stripped = text(value);
    if (stripped == null) {
      return null;
    }
    return Arrays.stream(stripped.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
