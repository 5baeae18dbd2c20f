package jp.wlink.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} precondition of an update against the ETag of a version ({@code "7"}). It
 * compares strongly, as RFC 9110 requires for {@code If-Match}: a weak tag ({@code W/"7"}) never
 * matches; {@code *} matches any version.
 */
public final class IfMatch {
  /** An entity tag: optional weak marker, then a quoted value, which may contain commas. */
  private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

  private final boolean any;
  private final List<String> strongTags;

  private IfMatch(boolean any, List<String> strongTags) {
    this.any = any;
    this.strongTags = List.copyOf(strongTags);
  }

  /** The ETag that stands for a version of a resource. */
  public static String etagOf(long version) {
    return "\"" + version + "\"";
  }

  /** The precondition in the header, or empty when the header is missing or blank. */
  public static Optional<IfMatch> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if (header.strip().equals("*")) {
      return Optional.of(new IfMatch(true, List.of()));
    }
    List<String> strong = new ArrayList<>();
    Matcher tag = ENTITY_TAG.matcher(header);
    while (tag.find()) {
      if (tag.group(1) == null) {
        strong.add("\"" + tag.group(2) + "\"");
      }
    }
    return Optional.of(new IfMatch(false, strong));
  }

  public boolean accepts(long version) {
    return any || strongTags.contains(etagOf(version));
  }
}
