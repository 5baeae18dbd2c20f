package jp.wlink.web.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses in folded text (see {@link NormalisedText}, which already turned ＠ and ．
 * into ASCII): ordinary addresses, and the usual ways of hiding one from robots, such as {@code
 * name at example dot com}, {@code name[at]example.co.jp}, {@code name★example.jp} or {@code name
 * あっと example どっと jp}. A hidden address counts only when it ends in a common top-level domain, so
 * that an English sentence with "at" and "dot" in it is not flagged.
 */
final class EmailAddressFinder {
  private static final String LOCAL = "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?";
  private static final Pattern PLAIN =
      Pattern.compile(
          LOCAL
              + "@"
              + LABEL
              + "(?:\\."
              + LABEL
              + ")*\\.[A-Za-z]{2,24}"
              + "(?![A-Za-z0-9\\-]|\\.[A-Za-z0-9])");
  private static final String OPENING = "[ \\t]*[\\[(<{][ \\t]*";
  private static final String CLOSING = "[ \\t]*[\\])>}][ \\t]*";
  private static final String AT =
      "(?:"
          + OPENING
          + "(?:at|@|アット|あっと)"
          + CLOSING
          + "|[ \\t]+at[ \\t]+|[ \\t]*(?:@|★|☆|アットマーク|アット|あっと)[ \\t]*)";
  private static final String DOT =
      "(?:"
          + OPENING
          + "(?:dot|\\.|ドット|どっと)"
          + CLOSING
          + "|[ \\t]+dot[ \\t]+|[ \\t]*(?:ドット|どっと)[ \\t]*|\\.)";
  private static final String COMMON_TLD = "(?:com|net|org|info|biz|io|jp|us|uk|cn|kr|tw)";
  private static final Pattern HIDDEN =
      Pattern.compile(
          LOCAL
              + AT
              + LABEL
              + "(?:"
              + DOT
              + LABEL
              + ")*?"
              + DOT
              + COMMON_TLD
              + "(?![A-Za-z0-9\\-])",
          Pattern.CASE_INSENSITIVE);

  List<PersonalDataFinding> findIn(NormalisedText text) {
    List<PersonalDataFinding> findings = new ArrayList<>();
    for (Pattern pattern : List.of(PLAIN, HIDDEN)) {
      Matcher matcher = pattern.matcher(text.folded());
      while (matcher.find()) {
        findings.add(text.finding(PersonalDataKind.EMAIL, matcher.start(), matcher.end()));
      }
    }
    return findings;
  }
}
