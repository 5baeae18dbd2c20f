package jp.wlink.question.format.cloze;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.ClozeGap.Kind;
import jp.wlink.question.format.Decimals;

/**
 * Moodle's embedded-answer syntax, {@code {2:SHORTANSWER:=東京#正解~%50%とうきょう}}, in both directions.
 * Every gap read is checked as Moodle checks it: answers present, a full-mark answer, at least two
 * options for a menu or buttons, numbers that are numbers. The weight may be left out ({@code
 * {:SA:=x}}), as Moodle allows; it then counts 1. {@code \} escapes {@code \ } ~ #} and the other
 * characters Moodle unescapes.
 */
public final class ClozeSyntax {
  private static final Pattern EMBEDDED =
      Pattern.compile("\\{(\\d*):([A-Z_]+):((?:\\\\.|[^\\\\}])*)\\}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{#(\\d+)\\}");

  private ClozeSyntax() {}

  /** The stem with placeholders, its gaps, and the problems as bundle keys and arguments. */
  public record Parsed(String stem, List<ClozeGap> gaps, List<List<String>> problems) {
    public Parsed {
      gaps = List.copyOf(gaps);
      problems = List.copyOf(problems);
    }
  }

  /**
   * A text with embedded sub-questions, as Moodle stores a cloze question: each one becomes {@code
   * {#n}}. Only names spelt as Moodle spells them mark a gap; other braces are text.
   */
  public static Parsed parse(String text, ClozeTexts texts) {
    Matcher matcher = EMBEDDED.matcher(text);
    StringBuilder stem = new StringBuilder();
    List<ClozeGap> gaps = new ArrayList<>();
    List<List<String>> problems = new ArrayList<>();
    while (matcher.find()) {
      Optional<Kind> kind = ClozeKinds.of(matcher.group(2));
      if (kind.isEmpty()) {
        continue;
      }
      int number = gaps.size() + problems.size() + 1;
      int weight = weight(matcher.group(1));
      Optional<ClozeGap> gap = gap(kind.get(), weight, matcher.group(3), texts, number, problems);
      gap.ifPresent(gaps::add);
      matcher.appendReplacement(stem, Matcher.quoteReplacement("{#" + number + "}"));
    }
    matcher.appendTail(stem);
    if (gaps.isEmpty() && problems.isEmpty()) {
      problems.add(List.of("cloze.noGaps"));
    }
    return new Parsed(stem.toString(), gaps, problems);
  }

  /**
   * One gap standing alone, as a sheet cell holds it: the braces may be left out, and the name may
   * be in any case with spaces around the parts, since a whole cell is meant as a gap. Empty when
   * it is not a gap Moodle would accept.
   */
  public static Optional<ClozeGap> gap(String source, ClozeTexts texts) {
    String body = source.strip();
    if (body.startsWith("{") && body.endsWith("}") && !body.endsWith("\\}")) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> head = split(body, ':', 3);
    if (head.size() < 3) {
      return Optional.empty();
    }
    Optional<Kind> kind = ClozeKinds.of(head.get(1).strip().toUpperCase(Locale.ROOT));
    if (kind.isEmpty() || !head.get(0).strip().matches("\\d*")) {
      return Optional.empty();
    }
    try {
      int weight = weight(head.get(0).strip());
      return gap(kind.get(), weight, head.get(2), texts, 1, new ArrayList<>());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int weight(String digits) {
    return digits.isEmpty() ? 1 : Math.max(1, Integer.parseInt(digits));
  }

  private static Optional<ClozeGap> gap(
      Kind kind,
      int weight,
      String body,
      ClozeTexts texts,
      int number,
      List<List<String>> problems) {
    List<ClozeAnswer> answers = new ArrayList<>();
    String gap = String.valueOf(number);
    for (String part : split(body, '~', Integer.MAX_VALUE)) {
      if (part.isBlank()) {
        continue;
      }
      try {
        answer(kind, part, texts).ifPresent(answers::add);
      } catch (NumberFormatException e) {
        problems.add(List.of("cloze.invalidNumber", gap, unescape(part)));
        return Optional.empty();
      }
    }
    Optional<String> problem = ClozeChecks.check(kind, answers);
    if (problem.isPresent()) {
      problems.add(List.of(problem.get(), gap));
      return Optional.empty();
    }
    return Optional.of(new ClozeGap(kind, weight, answers));
  }

  private static Optional<ClozeAnswer> answer(Kind kind, String part, ClozeTexts texts) {
    String rest = part.strip();
    double fraction = 0;
    if (rest.startsWith("=")) {
      fraction = 1;
      rest = rest.substring(1);
    } else if (rest.startsWith("%") && rest.indexOf('%', 1) > 0) {
      fraction = Decimals.fractionOfPercent(rest.substring(1, rest.indexOf('%', 1)));
      rest = rest.substring(rest.indexOf('%', 1) + 1);
    }
    List<String> textAndFeedback = split(rest, '#', 2);
    String text = unescape(textAndFeedback.get(0)).strip();
    String feedback = textAndFeedback.size() > 1 ? unescape(textAndFeedback.get(1)).strip() : "";
    feedback = texts.feedback().apply(feedback);
    if (kind != Kind.NUMERICAL) {
      String shown =
          ClozeKinds.choosing(kind) ? texts.choice().apply(text) : texts.typed().apply(text);
      return Optional.of(new ClozeAnswer(shown, fraction, feedback, BigDecimal.ZERO));
    }
    // LIMITATION: a numerical gap's catch-all "*" has no number for the model to hold.
    if (text.equals("*")) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    BigDecimal value = Decimals.parse(colon < 0 ? text : text.substring(0, colon));
    BigDecimal tolerance = colon < 0 ? BigDecimal.ZERO : Decimals.parse(text.substring(colon + 1));
    return Optional.of(new ClozeAnswer(Decimals.plain(value), fraction, feedback, tolerance.abs()));
  }

  /** Writes the gaps back into the stem's placeholders in Moodle's syntax. */
  public static String format(String stem, List<ClozeGap> gaps) {
    Matcher matcher = PLACEHOLDER.matcher(stem);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1)) - 1;
      String replacement =
          index >= 0 && index < gaps.size() ? write(gaps.get(index)) : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** One gap in Moodle's syntax, which {@link #parse} and {@link #gap} read back equal. */
  public static String write(ClozeGap gap) {
    StringBuilder out = new StringBuilder();
    out.append('{')
        .append(gap.weight())
        .append(':')
        .append(ClozeKinds.name(gap.kind()))
        .append(':');
    for (int i = 0; i < gap.answers().size(); i++) {
      ClozeAnswer answer = gap.answers().get(i);
      out.append(i == 0 ? "" : "~");
      out.append(answer.fraction() == 1 ? "=" : "%" + Decimals.percentOf(answer.fraction()) + "%");
      out.append(escape(answer.text()));
      if (gap.kind() == Kind.NUMERICAL && answer.tolerance().signum() != 0) {
        out.append(':').append(Decimals.plain(answer.tolerance()));
      }
      if (!answer.feedback().isEmpty()) {
        out.append('#').append(escape(answer.feedback()));
      }
    }
    return out.append('}').toString();
  }

  /** Splits at unescaped separators, at most {@code limit} parts; escapes stay for later. */
  private static List<String> split(String text, char separator, int limit) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == separator && parts.size() < limit - 1) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\([\\\\}~#/\"{=%:])", "$1");
  }

  private static String escape(String text) {
    return text.replaceAll("([\\\\}~#])", "\\\\$1");
  }
}
