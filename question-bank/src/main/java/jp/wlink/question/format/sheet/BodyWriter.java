package jp.wlink.question.format.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.cloze.ClozeSyntax;

/** Writes the type-specific part of a question into the answer, choice and option cells. */
final class BodyWriter {
  static final String ARROW = " → ";

  private final SheetTexts texts;
  private final Map<ColumnRef, String> cells;
  private final List<String> options = new ArrayList<>();

  BodyWriter(SheetTexts texts, Map<ColumnRef, String> cells) {
    this.texts = texts;
    this.cells = cells;
  }

  void write(QuestionType type, QuestionBody body) {
    if (body instanceof QuestionBody.Choices c) {
      choices(type, c);
    } else if (body instanceof QuestionBody.TrueFalse t) {
      trueFalse(t);
    } else if (body instanceof QuestionBody.ShortAnswer s) {
      shortAnswer(s);
    } else if (body instanceof QuestionBody.Numerical n) {
      numerical(n);
    } else if (body instanceof QuestionBody.Matching m) {
      matching(m);
    } else if (body instanceof QuestionBody.Ordering o) {
      entries(o.items().stream().map(CellText::write).toList());
    } else if (body instanceof QuestionBody.Cloze c) {
      entries(c.gaps().stream().map(ClozeSyntax::write).toList());
    } else if (body instanceof QuestionBody.Essay e) {
      essay(e);
    }
    put(ColumnRef.of(SheetColumn.OPTIONS), String.join("; ", options));
  }

  private void choices(QuestionType type, QuestionBody.Choices body) {
    List<Choice> choices = body.choices();
    double[] fractions = new double[choices.size()];
    for (int i = 0; i < choices.size(); i++) {
      fractions[i] = choices.get(i).fraction();
      put(ColumnRef.choice(i + 1), CellText.write(choices.get(i).text()));
      feedback(i + 1, choices.get(i).feedback());
    }
    AnswerKey.Share share =
        type == QuestionType.MULTIPLE_RESPONSE ? AnswerKey.Share.SPLIT : AnswerKey.Share.WHOLE;
    put(ColumnRef.of(SheetColumn.ANSWER), AnswerKey.write(fractions, share));
    flag(!body.shuffle(), SheetOption.NO_SHUFFLE);
  }

  private void trueFalse(QuestionBody.TrueFalse body) {
    put(ColumnRef.of(SheetColumn.ANSWER), texts.truth(body.answer()));
    feedback(1, body.feedbackWhenTrue());
    feedback(2, body.feedbackWhenFalse());
  }

  private void shortAnswer(QuestionBody.ShortAnswer body) {
    List<AcceptedAnswer> answers = body.answers();
    double[] fractions = new double[answers.size()];
    for (int i = 0; i < answers.size(); i++) {
      fractions[i] = answers.get(i).fraction();
      put(ColumnRef.choice(i + 1), answers.get(i).text());
      feedback(i + 1, answers.get(i).feedback());
    }
    answerKey(fractions);
    flag(body.caseSensitive(), SheetOption.CASE_SENSITIVE);
  }

  private void numerical(QuestionBody.Numerical body) {
    List<NumericAnswer> answers = body.answers();
    double[] fractions = new double[answers.size()];
    for (int i = 0; i < answers.size(); i++) {
      NumericAnswer answer = answers.get(i);
      fractions[i] = answer.fraction();
      String tolerance =
          answer.tolerance().equals(BigDecimal.ZERO)
              ? ""
              : "±" + answer.tolerance().toPlainString();
      put(ColumnRef.choice(i + 1), answer.value().toPlainString() + tolerance);
      feedback(i + 1, answer.feedback());
    }
    answerKey(fractions);
    List<String> units = new ArrayList<>();
    for (NumericUnit unit : body.units()) {
      boolean main = unit.multiplier().equals(BigDecimal.ONE);
      units.add(main ? unit.name() : unit.name() + "=" + unit.multiplier().toPlainString());
    }
    put(ColumnRef.of(SheetColumn.UNITS), String.join("; ", units));
    flag(body.unitRequired(), SheetOption.UNIT_REQUIRED);
  }

  private void matching(QuestionBody.Matching body) {
    List<String> entries = new ArrayList<>();
    for (MatchPair pair : body.pairs()) {
      String prompt = CellText.write(pair.prompt());
      entries.add(
          pair.distractor() ? ARROW.strip() + " " + pair.answer() : prompt + ARROW + pair.answer());
    }
    entries(entries);
    flag(!body.shuffle(), SheetOption.NO_SHUFFLE);
  }

  private void essay(QuestionBody.Essay body) {
    put(ColumnRef.choice(1), CellText.write(body.responseTemplate()));
    put(ColumnRef.of(SheetColumn.ANSWER), CellText.write(body.graderInfo()));
    if (body.responseLines() != BodyReader.DEFAULT_LINES) {
      options.add(texts.option(SheetOption.LINES) + "=" + body.responseLines());
    }
  }

  /** Shares that all earn the whole mark need no key: an empty answer cell means exactly that. */
  private void answerKey(double[] fractions) {
    boolean allWhole = true;
    for (double fraction : fractions) {
      allWhole &= fraction == 1.0;
    }
    String key = allWhole ? "" : AnswerKey.write(fractions, AnswerKey.Share.WHOLE);
    put(ColumnRef.of(SheetColumn.ANSWER), key);
  }

  private void entries(List<String> entries) {
    for (int i = 0; i < entries.size(); i++) {
      put(ColumnRef.choice(i + 1), entries.get(i));
    }
  }

  private void feedback(int n, RichText feedback) {
    put(ColumnRef.feedback(n), CellText.write(feedback));
  }

  private void flag(boolean set, SheetOption option) {
    if (set) {
      options.add(texts.option(option));
    }
  }

  private void put(ColumnRef ref, String value) {
    if (!value.isEmpty()) {
      cells.put(ref, value);
    }
  }
}
