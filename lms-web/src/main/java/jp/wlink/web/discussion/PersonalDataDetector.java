package jp.wlink.web.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Looks for phone numbers and email addresses in a discussion post before it is published, so the
 * writer can confirm or remove them. Mentors, young staff and students post without their names;
 * one phone number or address in a post would unmask them for good, and a moderator must never be
 * the one who has to find it afterwards.
 *
 * <p>Detected: Japanese phone numbers (fixed lines, 0120/0800 free dial, 0570 navi dial, 050 IP
 * phones, 070/080/090 mobiles) with hyphens, spaces, parentheses, no separators or as +81, and
 * email addresses, also disguised ({@code at}/{@code dot}, ★, あっと). Full-width digits, ＠, ． and
 * every kind of dash or long-vowel mark count the same as their ASCII forms. Dates, times, postal
 * codes, amounts, version and question numbers and measurements are not flagged.
 *
 * <p>A finding is a question to the writer, not a verdict: the post is never changed here.
 * Stateless and safe to share between threads.
 */
public final class PersonalDataDetector {
  // LIMITATION: a ten-digit number starting with 0 (a customer or meter number) looks exactly like
  // a fixed-line number and is flagged; the writer is only asked, so this errs on the safe side.
  // LIMITATION: numbers spelt out in kanji (〇九〇…) or split by other words are not recognised.
  private final PhoneNumberFinder phones = new PhoneNumberFinder();
  private final EmailAddressFinder emails = new EmailAddressFinder();

  /**
   * The findings in a plain-text post, in reading order and without overlaps, with offsets into
   * {@code text}.
   */
  public List<PersonalDataFinding> findInText(String text) {
    NormalisedText normalised = NormalisedText.of(Objects.requireNonNull(text));

    List<PersonalDataFinding> all = new ArrayList<>(emails.findIn(normalised));
    all.addAll(phones.findIn(normalised));
    all.sort(
        Comparator.comparingInt(PersonalDataFinding::start)
            .thenComparing(Comparator.comparingInt(PersonalDataFinding::end).reversed()));

    List<PersonalDataFinding> kept = new ArrayList<>();
    for (PersonalDataFinding finding : all) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(finding)) {
        kept.add(finding);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The findings in a rich-text post, with offsets into {@link #textOfHtml(String)} of the same
   * HTML, which is what a confirmation dialog should show and highlight.
   */
  public List<PersonalDataFinding> findInHtml(String html) {
    return findInText(textOfHtml(html));
  }

  /**
   * What a reader of the post can learn from it: its visible text, then the targets of its {@code
   * mailto:} and {@code tel:} links, one per line, since those reveal a contact detail even when
   * the link text does not.
   */
  public static String textOfHtml(String html) {
    Document document = Jsoup.parseBodyFragment(Objects.requireNonNull(html));
    StringBuilder text = new StringBuilder(document.body().text());
    for (Element link : document.select("a[href]")) {
      String target = link.attr("href").trim();
      String lower = target.toLowerCase(Locale.ROOT);
      if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
        text.append('\n').append(target.substring(target.indexOf(':') + 1));
      }
    }
    return text.toString();
  }
}
