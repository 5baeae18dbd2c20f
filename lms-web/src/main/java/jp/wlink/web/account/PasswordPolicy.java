package jp.wlink.web.account;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a new password may be used: 10 to 128 characters (any script, so a Japanese
 * passphrase counts by its characters), not a common password, not quick to guess by zxcvbn's
 * estimate, and not built from the person's own email address or handle. Pure Java.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  /** zxcvbn's score 2 stands for roughly 10^8 guesses: safe against online guessing. */
  static final int MIN_SCORE = 2;

  /** A shorter email local part or handle would forbid too many harmless passwords. */
  private static final int MIN_PERSONAL_PART = 3;

  /** zxcvbn's list of about 30,000 passwords seen most often in leaks. */
  private static final String COMMON_PASSWORDS = "passwords";

  /** The first use loads zxcvbn's dictionaries once; measuring afterwards is thread-safe. */
  private static final class Estimator {
    private static final Zxcvbn ZXCVBN = new Zxcvbn();
  }

  /** The first reason to refuse the password, or empty when it is acceptable. */
  public Optional<PasswordRefusal> check(String password, String email, String handle) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(PasswordRefusal.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(PasswordRefusal.TOO_LONG);
    }

    String folded = fold(password);
    String localPart = email == null ? "" : fold(email.substring(0, atOrEnd(email)));
    if (containsPart(folded, localPart)) {
      return Optional.of(PasswordRefusal.CONTAINS_EMAIL);
    }
    if (handle != null && containsPart(folded, fold(handle))) {
      return Optional.of(PasswordRefusal.CONTAINS_HANDLE);
    }

    Strength strength = Estimator.ZXCVBN.measure(password, personalWords(localPart, handle));
    if (isCommon(strength)) {
      return Optional.of(PasswordRefusal.COMMON);
    }
    if (strength.getScore() < MIN_SCORE) {
      return Optional.of(PasswordRefusal.GUESSABLE);
    }
    return Optional.empty();
  }

  /**
   * Common when zxcvbn explains the whole password by entries of its common-password list alone:
   * the entry itself in any case, with letters swapped for look-alikes, reversed, or two entries
   * joined such as "monkey" and "1234".
   */
  private static boolean isCommon(Strength strength) {
    List<Match> sequence = strength.getSequence();
    return !sequence.isEmpty()
        && sequence.stream()
            .allMatch(
                match ->
                    match.pattern == Pattern.Dictionary
                        && COMMON_PASSWORDS.equals(match.dictionaryName));
  }

  /** Full-width letters and digits count as their ASCII twins, and case does not matter. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static boolean containsPart(String folded, String part) {
    return part.codePointCount(0, part.length()) >= MIN_PERSONAL_PART && folded.contains(part);
  }

  private static int atOrEnd(String email) {
    int at = email.indexOf('@');
    return at < 0 ? email.length() : at;
  }

  private static List<String> personalWords(String localPart, String handle) {
    List<String> words = new ArrayList<>();
    if (!localPart.isEmpty()) {
      words.add(localPart);
    }
    if (handle != null && !handle.isBlank()) {
      words.add(fold(handle));
    }
    return words;
  }
}
