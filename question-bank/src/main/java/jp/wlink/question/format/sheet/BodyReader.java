package jp.wlink.question.format.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.cloze.ClozeSyntax;
import jp.wlink.question.format.cloze.ClozeTexts;

/**
 * The type-specific part of a row, as the package documentation describes it per type. Anything
 * that does not fit is a {@link BadCell} naming the column and what it holds.
 */
final class BodyReader {
  static final int DEFAULT_LINES = 15;
  static final Pattern NUMBER_WITH_TOLERANCE =
      Pattern.compile("([-+]?[\\d.]+(?:[eE][-+]?\\d+)?)\\s*(?:(?:±|\\+-|:)\\s*([\\d.]+))?");
  static final Pattern GAP_MARKER = Pattern.compile("\\{#(\\d+)}");
  private static final ClozeTexts CELL_TEXTS = ClozeTexts.all(CellText::plain);
  private static final Pattern ARROW = Pattern.compile("(?s)(.*)(?:→|=>)(.*)");

  private final Function<ColumnRef, String> headers;

  BodyReader(Function<ColumnRef, String> headers) {
    this.headers = headers;
  }

  QuestionBody read(QuestionType type, SheetRow row, RowOptions options) {
    return switch (type) {
      case SINGLE_CHOICE -> choices(row, AnswerKey.Share.WHOLE, options);
      case MULTIPLE_RESPONSE -> choices(row, AnswerKey.Share.SPLIT, options);
      case TRUE_FALSE -> trueFalse(row);
      case SHORT_ANSWER -> shortAnswer(row, options.has(SheetOption.CASE_SENSITIVE));
      case NUMERICAL -> numerical(row, options.has(SheetOption.UNIT_REQUIRED));
      case MATCHING -> matching(row, !options.has(SheetOption.NO_SHUFFLE));
      case ORDERING ->
          new QuestionBody.Ordering(atLeastTwo(entries(row)).stream().map(CellText::rich).toList());
      case CLOZE -> cloze(row);
      case ESSAY ->
          new QuestionBody.Essay(
              CellText.rich(row.choice(1)),
              CellText.rich(row.get(SheetColumn.ANSWER)),
              options.lines());
      case DESCRIPTION -> new QuestionBody.Description();
    };
  }

  private QuestionBody choices(SheetRow row, AnswerKey.Share share, RowOptions options) {
    List<String> texts = atLeastTwo(entries(row));
    double[] fractions = key(row, texts.size(), share, false);
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      choices.add(
          new Choice(
              CellText.rich(texts.get(i)), fractions[i], CellText.rich(row.feedback(i + 1))));
    }
    if (choices.stream().noneMatch(Choice::correct)) {
      throw new BadCell("sheet.noCorrectChoice");
    }
    return new QuestionBody.Choices(choices, !options.has(SheetOption.NO_SHUFFLE));
  }

  private QuestionBody trueFalse(SheetRow row) {
    String answer = row.get(SheetColumn.ANSWER);
    Boolean truth = SheetVocabulary.BOTH.truth(answer).orElse(null);
    if (truth == null) {
      throw new BadCell("sheet.badTrueFalse", header(SheetColumn.ANSWER), answer);
    }
    return new QuestionBody.TrueFalse(
        truth, CellText.rich(row.feedback(1)), CellText.rich(row.feedback(2)));
  }

  private QuestionBody shortAnswer(SheetRow row, boolean caseSensitive) {
    List<String> texts = atLeastOne(entries(row));
    double[] fractions = key(row, texts.size(), AnswerKey.Share.WHOLE, true);
    List<AcceptedAnswer> answers = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      answers.add(
          new AcceptedAnswer(
              CellText.plain(texts.get(i)), fractions[i], CellText.rich(row.feedback(i + 1))));
    }
    return new QuestionBody.ShortAnswer(answers, caseSensitive);
  }

  private QuestionBody numerical(SheetRow row, boolean unitRequired) {
    List<String> texts = atLeastOne(entries(row));
    double[] fractions = key(row, texts.size(), AnswerKey.Share.WHOLE, true);
    List<NumericAnswer> answers = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher number = numberIn(texts.get(i), ColumnRef.choice(i + 1));
      BigDecimal tolerance =
          number.group(2) == null ? BigDecimal.ZERO : new BigDecimal(number.group(2));
      answers.add(
          new NumericAnswer(
              new BigDecimal(number.group(1)),
              tolerance,
              fractions[i],
              CellText.rich(row.feedback(i + 1))));
    }
    return new QuestionBody.Numerical(answers, units(row.get(SheetColumn.UNITS)), unitRequired);
  }

  private Matcher numberIn(String text, ColumnRef column) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").strip();
    Matcher number = NUMBER_WITH_TOLERANCE.matcher(normal);
    try {
      if (number.matches()) {
        new BigDecimal(number.group(1));
        if (number.group(2) != null) {
          new BigDecimal(number.group(2));
        }
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below: the digits and dots do not make a number
    }
    throw new BadCell("sheet.badNumericAnswer", headers.apply(column), text);
  }

  private List<NumericUnit> units(String cell) {
    List<NumericUnit> units = new ArrayList<>();
    for (String entry : cell.split("[;；\\n]")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.lastIndexOf('=');
      String name = (equals < 0 ? entry : entry.substring(0, equals)).strip();
      try {
        BigDecimal multiplier =
            equals < 0 ? BigDecimal.ONE : new BigDecimal(normalNumber(entry.substring(equals + 1)));
        units.add(new NumericUnit(name, multiplier));
      } catch (IllegalArgumentException e) {
        throw new BadCell("sheet.badUnit", header(SheetColumn.UNITS), cell);
      }
    }
    return units;
  }

  private QuestionBody matching(SheetRow row, boolean shuffle) {
    List<String> texts = entries(row);
    List<MatchPair> pairs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher pair = ARROW.matcher(texts.get(i));
      if (!pair.matches()) {
        throw new BadCell("sheet.badPair", headers.apply(ColumnRef.choice(i + 1)), texts.get(i));
      }
      pairs.add(
          new MatchPair(
              CellText.rich(pair.group(1).strip()), CellText.plain(pair.group(2).strip())));
    }
    if (pairs.stream().filter(p -> !p.distractor()).count() < 2) {
      throw new BadCell("sheet.tooFewChoices");
    }
    return new QuestionBody.Matching(pairs, shuffle);
  }

  private QuestionBody cloze(SheetRow row) {
    List<String> texts = atLeastOne(entries(row));
    List<ClozeGap> gaps = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String cell = texts.get(i);
      String column = headers.apply(ColumnRef.choice(i + 1));
      gaps.add(
          ClozeSyntax.gap(cell, CELL_TEXTS)
              .orElseThrow(() -> new BadCell("sheet.badGap", column, cell)));
    }
    Set<Integer> markers = new TreeSet<>();
    Matcher marker = GAP_MARKER.matcher(row.get(SheetColumn.STEM));
    while (marker.find()) {
      markers.add(Integer.parseInt(marker.group(1)));
    }
    Set<Integer> expected = new TreeSet<>();
    IntStream.rangeClosed(1, gaps.size()).forEach(expected::add);
    if (!markers.equals(expected)) {
      throw new BadCell("sheet.gapMismatch", String.valueOf(gaps.size()));
    }
    return new QuestionBody.Cloze(gaps);
  }

  /** The filled choice cells 1..n; a gap before the last filled one is a problem. */
  private List<String> entries(SheetRow row) {
    List<String> texts = new ArrayList<>();
    int last = row.lastChoice();
    for (int n = 1; n <= last; n++) {
      if (row.choice(n).isEmpty()) {
        throw new BadCell("sheet.emptyChoice", headers.apply(ColumnRef.choice(n)));
      }
      texts.add(row.choice(n));
    }
    return texts;
  }

  private double[] key(SheetRow row, int count, AnswerKey.Share share, boolean emptyMeansAll) {
    String cell = row.get(SheetColumn.ANSWER);
    if (cell.isEmpty()) {
      if (!emptyMeansAll) {
        throw new BadCell("sheet.noCorrectChoice");
      }
      double[] all = new double[count];
      Arrays.fill(all, 1.0);
      return all;
    }
    return AnswerKey.read(cell, count, share);
  }

  private static List<String> atLeastTwo(List<String> texts) {
    if (texts.size() < 2) {
      throw new BadCell("sheet.tooFewChoices");
    }
    return texts;
  }

  private static List<String> atLeastOne(List<String> texts) {
    if (texts.isEmpty()) {
      throw new BadCell("sheet.noAnswers");
    }
    return texts;
  }

  private String header(SheetColumn column) {
    return headers.apply(ColumnRef.of(column));
  }

  static String normalNumber(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").strip();
  }
}
