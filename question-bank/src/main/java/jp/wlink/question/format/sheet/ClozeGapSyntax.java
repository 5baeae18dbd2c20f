package jp.wlink.question.format.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.ClozeGap.Kind;

/**
 * One cloze gap in Moodle's embedded syntax, as a choice cell of a cloze row holds it: {@code
 * {1:SHORTANSWER:=残留塩素#正解です~%50%塩素}}. The weight may be left out; kinds take Moodle's short names
 * too (SA, NM, MC...). {@code \} escapes {@code ~ # { } \} and a leading = or %.
 */
final class ClozeGapSyntax {
  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("SHORTANSWER", Kind.SHORT_ANSWER),
          Map.entry("SA", Kind.SHORT_ANSWER),
          Map.entry("MW", Kind.SHORT_ANSWER),
          Map.entry("SHORTANSWER_C", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("SAC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("MWC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("NUMERICAL", Kind.NUMERICAL),
          Map.entry("NM", Kind.NUMERICAL),
          Map.entry("MULTICHOICE", Kind.MULTICHOICE),
          Map.entry("MC", Kind.MULTICHOICE),
          Map.entry("MULTICHOICE_V", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MCV", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MULTICHOICE_H", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MCH", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MULTIRESPONSE", Kind.MULTIRESPONSE),
          Map.entry("MR", Kind.MULTIRESPONSE),
          Map.entry("MULTIRESPONSE_H", Kind.MULTIRESPONSE_HORIZONTAL),
          Map.entry("MRH", Kind.MULTIRESPONSE_HORIZONTAL));
  private static final Map<Kind, String> NAMES =
      Map.of(
          Kind.SHORT_ANSWER, "SHORTANSWER",
          Kind.SHORT_ANSWER_CASE_SENSITIVE, "SHORTANSWER_C",
          Kind.NUMERICAL, "NUMERICAL",
          Kind.MULTICHOICE, "MULTICHOICE",
          Kind.MULTICHOICE_VERTICAL, "MULTICHOICE_V",
          Kind.MULTICHOICE_HORIZONTAL, "MULTICHOICE_H",
          Kind.MULTIRESPONSE, "MULTIRESPONSE",
          Kind.MULTIRESPONSE_HORIZONTAL, "MULTIRESPONSE_H");

  private ClozeGapSyntax() {}

  static String write(ClozeGap gap) {
    List<String> answers = new ArrayList<>();
    for (ClozeAnswer answer : gap.answers()) {
      answers.add(write(answer, gap.kind()));
    }
    return "{" + gap.weight() + ":" + NAMES.get(gap.kind()) + ":" + String.join("~", answers) + "}";
  }

  private static String write(ClozeAnswer answer, Kind kind) {
    String prefix =
        answer.fraction() == 1.0 ? "=" : "%" + AnswerKey.percent(answer.fraction()) + "%";
    String text = escape(answer.text());
    if (!text.isEmpty() && (text.charAt(0) == '=' || text.charAt(0) == '%')) {
      text = "\\" + text;
    }
    if (kind == Kind.NUMERICAL) {
      text += ":" + answer.tolerance().toPlainString();
    }
    String feedback = answer.feedback().isEmpty() ? "" : "#" + escape(answer.feedback());
    return prefix + text + feedback;
  }

  /** The gap a cell describes; a cell that does not follow the syntax is a {@link BadCell}. */
  static ClozeGap read(String cell, String column) {
    String body = cell.strip();
    if (body.startsWith("{") && body.endsWith("}") && !body.endsWith("\\}")) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> head = split(body, ':', 3);
    Kind kind = head.size() < 3 ? null : KINDS.get(head.get(1).strip().toUpperCase(Locale.ROOT));
    if (kind == null) {
      throw new BadCell("sheet.badGap", column, cell);
    }
    try {
      int weight = head.get(0).isBlank() ? 1 : Integer.parseInt(head.get(0).strip());
      List<ClozeAnswer> answers = new ArrayList<>();
      for (String answer : split(head.get(2), '~', Integer.MAX_VALUE)) {
        answers.add(answer(answer, kind));
      }
      return new ClozeGap(kind, weight, answers);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new BadCell("sheet.badGap", column, cell);
    }
  }

  private static ClozeAnswer answer(String source, Kind kind) {
    double fraction = 0;
    String rest = source;
    if (rest.startsWith("=")) {
      fraction = 1;
      rest = rest.substring(1);
    } else if (rest.startsWith("%")) {
      int end = rest.indexOf('%', 1);
      fraction = new BigDecimal(rest.substring(1, end)).movePointLeft(2).doubleValue();
      rest = rest.substring(end + 1);
    }
    List<String> parts = split(rest, '#', 2);
    String feedback = parts.size() > 1 ? CellText.plain(unescape(parts.get(1))) : "";
    String text = parts.get(0);
    BigDecimal tolerance = BigDecimal.ZERO;
    if (kind == Kind.NUMERICAL) {
      List<String> number = split(text, ':', 2);
      text = number.get(0);
      tolerance = number.size() > 1 ? new BigDecimal(number.get(1).strip()) : BigDecimal.ZERO;
      new BigDecimal(unescape(text).strip());
    }
    return new ClozeAnswer(CellText.plain(unescape(text)), fraction, feedback, tolerance);
  }

  /** Splits at unescaped separators, at most {@code limit} parts; escapes stay for later. */
  private static List<String> split(String text, char separator, int limit) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        part.append(c).append(text.charAt(++i));
      } else if (c == separator && parts.size() < limit - 1) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  private static String escape(String text) {
    return text.replaceAll("([\\\\~#{}:])", "\\\\$1");
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\(.)", "$1");
  }
}
