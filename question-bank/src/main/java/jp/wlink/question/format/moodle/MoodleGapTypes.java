package jp.wlink.question.format.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.ClozeGap.Kind;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.SafeText;
import jp.wlink.question.format.cloze.ClozeSyntax;
import jp.wlink.question.format.cloze.ClozeTexts;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Moodle types whose answers sit in the text, all read as the bank's cloze: Moodle's own cloze,
 * "select missing words" (gapselect) and "drag and drop into text" (ddwtos), whose {@code [[n]]}
 * become drop-down gaps offering the options of n's group, and the multiple true/false plugin
 * (mtf), whose rows become one row of radio buttons each.
 */
final class MoodleGapTypes {
  private static final Pattern CHOICE_GAP = Pattern.compile("\\[\\[(\\d+)\\]\\]");
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  private MoodleGapTypes() {}

  /** The cloze body and the stem with placeholders, or empty when a sub-question is broken. */
  record Gapped(RichText stem, QuestionBody.Cloze body) {}

  static Optional<Gapped> cloze(MoodleQuestionContext context) {
    XmlNode text = context.question().child("questiontext").orElse(null);
    String raw = text == null ? "" : text.textChild();
    ClozeSyntax.Parsed parsed = ClozeSyntax.parse(raw, ClozeTexts.MOODLE);
    for (List<String> problem : parsed.problems()) {
      List<String> arguments = problem.subList(1, problem.size());
      context.problem(problem.get(0), arguments.toArray(String[]::new));
    }
    if (!parsed.problems().isEmpty()) {
      return Optional.empty();
    }
    String format = text.attribute("format").orElse("html");
    RichText stem = SafeText.of(parsed.stem(), MoodleQuestionContext.format(format));
    return Optional.of(new Gapped(stem, new QuestionBody.Cloze(parsed.gaps())));
  }

  /** gapselect and ddwtos: {@code [[n]]} is a gap whose right answer is option n. */
  static Optional<Gapped> choiceGaps(MoodleQuestionContext context, String optionElement) {
    List<XmlNode> options = context.question().all(optionElement);
    RichText stem = context.rich("questiontext");
    Matcher matcher = CHOICE_GAP.matcher(stem.text());
    StringBuilder out = new StringBuilder();
    List<ClozeGap> gaps = new ArrayList<>();
    while (matcher.find()) {
      int chosen = Integer.parseInt(matcher.group(1));
      if (chosen < 1 || chosen > options.size()) {
        context.problem("xml.invalidGap", matcher.group());
        return Optional.empty();
      }
      gaps.add(choiceGap(options, chosen - 1));
      matcher.appendReplacement(out, "{#" + gaps.size() + "}");
    }
    matcher.appendTail(out);
    if (gaps.isEmpty()) {
      context.problem("cloze.noGaps");
      return Optional.empty();
    }
    RichText placed = new RichText(out.toString(), stem.format());
    return Optional.of(new Gapped(placed, new QuestionBody.Cloze(gaps)));
  }

  private static ClozeGap choiceGap(List<XmlNode> options, int chosen) {
    String group = options.get(chosen).at("group").orElse("1");
    List<ClozeAnswer> answers = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).at("group").orElse("1").equals(group)) {
        String text = SafeText.html(options.get(i).textChild());
        answers.add(new ClozeAnswer(text, i == chosen ? 1 : 0, "", BigDecimal.ZERO));
      }
    }
    return new ClozeGap(Kind.MULTICHOICE, 1, answers);
  }

  /** mtf: each row a gap offering the columns; a positive weight marks a right column. */
  static Optional<Gapped> multipleTrueFalse(MoodleQuestionContext context) {
    List<XmlNode> rows = numbered(context.question().all("row"));
    List<XmlNode> columns = numbered(context.question().all("column"));
    RichText stem = context.rich("questiontext");
    StringBuilder text = new StringBuilder(stem.text());
    List<ClozeGap> gaps = new ArrayList<>();
    for (XmlNode row : rows) {
      String number = row.attribute("number").orElse("");
      String feedback = row.child("feedbacktext").map(f -> SafeText.html(f.textChild())).orElse("");
      List<ClozeAnswer> answers = new ArrayList<>();
      for (XmlNode column : columns) {
        String label = column.child("responsetext").map(r -> r.textChild()).orElse("");
        double fraction = weight(context, number, column.attribute("number").orElse("")) ? 1 : 0;
        answers.add(
            new ClozeAnswer(SANITISER.plainText(label), fraction, feedback, BigDecimal.ZERO));
      }
      gaps.add(new ClozeGap(Kind.MULTICHOICE_HORIZONTAL, 1, answers));
      String option = row.child("optiontext").map(o -> SafeText.html(o.textChild())).orElse("");
      text.append(option).append("<p>{#").append(gaps.size()).append("}</p>");
    }
    if (gaps.isEmpty()) {
      context.problem("cloze.noGaps");
      return Optional.empty();
    }
    return Optional.of(
        new Gapped(new RichText(text.toString(), stem.format()), new QuestionBody.Cloze(gaps)));
  }

  private static List<XmlNode> numbered(List<XmlNode> nodes) {
    List<XmlNode> sorted = new ArrayList<>(nodes);
    sorted.sort(Comparator.comparingInt(n -> number(n.attribute("number").orElse("0"))));
    return sorted;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean weight(MoodleQuestionContext context, String row, String column) {
    for (XmlNode weight : context.question().all("weight")) {
      if (weight.attribute("rownumber").orElse("").equals(row)
          && weight.attribute("columnnumber").orElse("").equals(column)) {
        return weight.at("value").map(v -> v.strip()).map(MoodleGapTypes::positive).orElse(false);
      }
    }
    return false;
  }

  private static boolean positive(String value) {
    try {
      return new BigDecimal(value).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
