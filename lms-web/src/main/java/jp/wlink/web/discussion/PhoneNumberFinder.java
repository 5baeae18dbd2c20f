package jp.wlink.web.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Japanese phone numbers in folded text (see {@link NormalisedText}): fixed lines, free dial
 * (0120, 0800), navi dial (0570), mobiles (070/080/090), IP phones (050), written with hyphens,
 * spaces or parentheses, without separators, or in +81 form. A candidate counts only when its
 * digits have the length the Japanese numbering plan gives its prefix (ten digits, eleven for
 * mobiles, IP phones and 0800), which keeps dates, postal codes, times, amounts and measurements
 * out: they do not start with 0, are joined to other digits, or have the wrong length.
 */
final class PhoneNumberFinder {
  private static final List<String> ELEVEN_DIGIT_PREFIXES =
      List.of("020", "050", "060", "070", "080", "090");
  private static final String SEP = "(?:[ \\t]?-[ \\t]?|[ \\t])";
  private static final String OPEN = "(?:" + SEP + "|[ \\t]?\\([ \\t]?)";
  private static final String CLOSE = "(?:" + SEP + "|[ \\t]?\\)[ \\t]?)";
  private static final String GROUPED = "\\d{1,4}" + CLOSE + "\\d{3,4}";
  private static final String INTERNATIONAL =
      "\\+[ \\t]?81[ \\t-]?(?:\\(0\\)[ \\t]?)?(?:[1-9]\\d{0,3}"
          + OPEN
          + GROUPED
          + "|[1-9]\\d{8,9})";
  private static final String NATIONAL =
      "(?:\\(0\\d{1,4}\\)[ \\t]?|0\\d{1,4}"
          + OPEN
          + ")"
          + GROUPED
          + "|0\\d{1,4}-\\d{5,8}|0\\d{9,10}";
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9.,/:+\\-])(?:" + INTERNATIONAL + "|" + NATIONAL + ")(?![0-9]|[-.,/:][0-9])");

  List<PersonalDataFinding> findIn(NormalisedText text) {
    List<PersonalDataFinding> findings = new ArrayList<>();
    Matcher matcher = CANDIDATE.matcher(text.folded());
    while (matcher.find()) {
      if (isDialable(nationalDigits(matcher.group()))) {
        findings.add(text.finding(PersonalDataKind.PHONE, matcher.start(), matcher.end()));
      }
    }
    return findings;
  }

  /** The number as dialled inside Japan: +81 (0) 3 … becomes 03…. */
  private static String nationalDigits(String candidate) {
    String digits = candidate.replaceAll("[^0-9]", "");
    if (!candidate.startsWith("+")) {
      return digits;
    }
    String national = digits.substring(2);
    return national.startsWith("0") ? national : "0" + national;
  }

  private static boolean isDialable(String digits) {
    if (digits.startsWith("00")) {
      return false;
    }
    boolean eleven = ELEVEN_DIGIT_PREFIXES.stream().anyMatch(digits::startsWith);
    return digits.length() == (eleven || digits.startsWith("0800") ? 11 : 10);
  }
}
