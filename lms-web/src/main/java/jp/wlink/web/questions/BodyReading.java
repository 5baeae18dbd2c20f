package jp.wlink.web.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/**
 * Reads the answer part of the editor's form for every type but cloze (whose gaps live in the
 * stem). Rows are numbered from 1 in messages, as the author sees them.
 */
final class BodyReading {
  private static final String ANSWERS = "answers";

  private final QuestionForm form;
  private final Function<String, RichText> rich;
  private final List<FormProblem> problems;

  BodyReading(QuestionForm form, Function<String, RichText> rich, List<FormProblem> problems) {
    this.form = form;
    this.rich = rich;
    this.problems = problems;
  }

  Optional<QuestionBody> read() {
    int before = problems.size();
    QuestionBody body =
        switch (form.getType()) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices();
          case TRUE_FALSE ->
              new QuestionBody.TrueFalse(
                  form.isTrueFalseAnswer(),
                  rich.apply(form.getFeedbackTrue()),
                  rich.apply(form.getFeedbackFalse()));
          case SHORT_ANSWER -> shortAnswer();
          case NUMERICAL -> numerical();
          case MATCHING -> matching();
          case ORDERING -> ordering();
          case ESSAY -> essay();
          case DESCRIPTION, CLOZE -> new QuestionBody.Description();
        };
    return problems.size() == before ? Optional.of(body) : Optional.empty();
  }

  private QuestionBody choices() {
    List<Choice> choices = new ArrayList<>();
    List<AnswerRow> rows = form.filledAnswers();
    for (int i = 0; i < rows.size(); i++) {
      AnswerRow row = rows.get(i);
      double fraction = fraction(row, i);
      requireText(row.getText(), i);
      choices.add(new Choice(rich.apply(row.getText()), fraction, rich.apply(row.getFeedback())));
    }
    if (choices.size() < 2) {
      problem("choicesTooFew");
    }
    boolean single = form.getType() == QuestionType.SINGLE_CHOICE;
    if (single && choices.stream().noneMatch(c -> c.fraction() == 1.0)) {
      problem("choicesNoFullMark");
    } else if (!single && choices.stream().noneMatch(Choice::correct)) {
      problem("choicesNoneCorrect");
    }
    return new QuestionBody.Choices(choices, form.isShuffle());
  }

  private QuestionBody shortAnswer() {
    List<AcceptedAnswer> answers = new ArrayList<>();
    List<AnswerRow> rows = form.filledAnswers();
    for (int i = 0; i < rows.size(); i++) {
      AnswerRow row = rows.get(i);
      double fraction = fraction(row, i);
      requireText(row.getText(), i);
      answers.add(
          new AcceptedAnswer(row.getText().strip(), fraction, rich.apply(row.getFeedback())));
    }
    if (answers.stream().noneMatch(a -> a.fraction() == 1.0)) {
      problem("answersNoFullMark");
    }
    return new QuestionBody.ShortAnswer(answers, form.isCaseSensitive());
  }

  private QuestionBody numerical() {
    List<NumericAnswer> answers = new ArrayList<>();
    List<AnswerRow> rows = form.filledAnswers();
    for (int i = 0; i < rows.size(); i++) {
      AnswerRow row = rows.get(i);
      double fraction = fraction(row, i);
      Optional<BigDecimal> value = FormNumbers.decimal(row.getText());
      Optional<BigDecimal> tolerance =
          FormNumbers.decimal(row.getTolerance().isBlank() ? "0" : row.getTolerance());
      if (value.isEmpty()) {
        problem("valueInvalid", i + 1);
      } else if (tolerance.isEmpty() || tolerance.get().signum() < 0) {
        problem("toleranceInvalid", i + 1);
      } else {
        answers.add(
            new NumericAnswer(
                value.get(), tolerance.get(), fraction, rich.apply(row.getFeedback())));
      }
    }
    if (answers.stream().noneMatch(a -> a.fraction() == 1.0)) {
      problem("answersNoFullMark");
    }
    return new QuestionBody.Numerical(answers, units(), form.isUnitRequired());
  }

  private List<NumericUnit> units() {
    List<NumericUnit> units = new ArrayList<>();
    List<UnitRow> rows = form.getUnits();
    for (int i = 0; i < rows.size(); i++) {
      UnitRow row = rows.get(i);
      if (row.getName().isBlank()) {
        continue;
      }
      Optional<BigDecimal> multiplier = FormNumbers.decimal(row.getMultiplier());
      if (multiplier.isEmpty() || multiplier.get().signum() <= 0) {
        problems.add(
            FormProblem.of("units", QuestionEditorPage.ERROR_PREFIX + "unitInvalid", i + 1));
      } else {
        units.add(new NumericUnit(row.getName().strip(), multiplier.get()));
      }
    }
    return units;
  }

  private QuestionBody matching() {
    List<MatchPair> pairs = new ArrayList<>();
    List<AnswerRow> rows = form.filledAnswers();
    for (int i = 0; i < rows.size(); i++) {
      AnswerRow row = rows.get(i);
      requireText(row.getText(), i);
      pairs.add(new MatchPair(rich.apply(row.getPrompt()), row.getText().strip()));
    }
    if (pairs.stream().filter(pair -> !pair.distractor()).count() < 2) {
      problem("pairsTooFew");
    }
    return new QuestionBody.Matching(pairs, form.isShuffle());
  }

  private QuestionBody ordering() {
    List<RichText> items =
        form.filledAnswers().stream().map(row -> rich.apply(row.getText())).toList();
    if (items.size() < 2) {
      problem("itemsTooFew");
    }
    return new QuestionBody.Ordering(items);
  }

  private QuestionBody essay() {
    Optional<Integer> lines = FormNumbers.integer(form.getResponseLines());
    if (lines.isEmpty() || lines.get() < 1 || lines.get() > 100) {
      problems.add(
          FormProblem.of("responseLines", QuestionEditorPage.ERROR_PREFIX + "linesInvalid"));
    }
    return new QuestionBody.Essay(
        rich.apply(form.getResponseTemplate()), rich.apply(form.getGraderInfo()), lines.orElse(15));
  }

  private double fraction(AnswerRow row, int index) {
    Optional<Double> fraction =
        FormNumbers.fraction(row.getPercent().isBlank() ? "0" : row.getPercent());
    if (fraction.isEmpty()) {
      problem("percentInvalid", index + 1);
      return 0;
    }
    return fraction.get();
  }

  private void requireText(String text, int index) {
    if (text.isBlank()) {
      problem("answerTextRequired", index + 1);
    }
  }

  private void problem(String key, Object... arguments) {
    problems.add(FormProblem.of(ANSWERS, QuestionEditorPage.ERROR_PREFIX + key, arguments));
  }
}
