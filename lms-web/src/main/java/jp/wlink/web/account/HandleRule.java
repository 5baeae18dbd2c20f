package jp.wlink.web.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a public handle may look like: 3 to 30 letters (Japanese included), digits, underscores and
 * hyphens. Handles are kept in NFKC form, so that a full-width "ＴＡＲＯ" and "TARO" cannot become two
 * look-alike members. Names that pretend to speak for W/LINK are reserved.
 */
public final class HandleRule {
  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 30;
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_-]+");
  private static final Set<String> RESERVED =
      Set.of(
          "admin",
          "administrator",
          "moderator",
          "wlink",
          "w-link",
          "support",
          "system",
          "staff",
          "管理者",
          "事務局",
          "モデレーター");

  private HandleRule() {}

  /** The stored form of what a person typed: NFKC, without surrounding spaces. */
  public static String normalise(String handle) {
    return handle == null ? "" : Normalizer.normalize(handle, Normalizer.Form.NFKC).strip();
  }

  /** The message key explaining why a normalised handle cannot be used, or empty if it can. */
  public static Optional<String> refusalOf(String handle) {
    int length = handle.codePointCount(0, handle.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return Optional.of("register.handle.length");
    }
    if (!ALLOWED.matcher(handle).matches()) {
      return Optional.of("register.handle.characters");
    }
    if (RESERVED.contains(handle.toLowerCase(Locale.ROOT))) {
      return Optional.of("register.handle.reserved");
    }
    return Optional.empty();
  }
}
