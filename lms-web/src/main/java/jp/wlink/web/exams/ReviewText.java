package jp.wlink.web.exams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.questions.QuestionDisplay;
import org.jsoup.nodes.Entities;

/**
 * The lines a review shows for a question: what the learner answered and the right answer, each
 * line safe HTML (question texts through the renderer, typed text escaped). Only for submitted
 * attempts: the right answer must never reach a learner before that. Every word and separator comes
 * from the bundle, whose patterns are plain text: arguments are escaped or rendered first.
 */
public final class ReviewText {
  /** Translated words, e.g. the pages' or the API caller's bundle. */
  @FunctionalInterface
  public interface Words {
    String text(String key, Object... arguments);
  }

  private final QuestionDisplay display;
  private final Words words;

  public ReviewText(QuestionDisplay display, Words words) {
    this.display = Objects.requireNonNull(display);
    this.words = Objects.requireNonNull(words);
  }

  /** What the learner answered, one line per choice, pair, item or gap; empty if nothing. */
  public List<String> given(QuestionContent content, Optional<Response> response) {
    if (response.isEmpty()) {
      return List.of();
    }
    QuestionBody body = content.body();
    Response answer = response.get();
    if (answer instanceof Response.Chosen chosen && body instanceof QuestionBody.Choices c) {
      return chosen.choices().stream().sorted().map(i -> html(c.choices().get(i).text())).toList();
    }
    if (answer instanceof Response.TrueFalse trueFalse) {
      return List.of(truth(trueFalse.answer()));
    }
    if (answer instanceof Response.Text text) {
      return text.text().isBlank() ? List.of() : List.of(escape(text.text()));
    }
    if (answer instanceof Response.Matched matched && body instanceof QuestionBody.Matching m) {
      return pairs(m, matched.answers());
    }
    if (answer instanceof Response.Ordered ordered && body instanceof QuestionBody.Ordering o) {
      return numbered(ordered.order().stream().map(i -> html(o.items().get(i))).toList());
    }
    if (answer instanceof Response.Gaps gaps) {
      return gapLines(gaps.answers());
    }
    return List.of();
  }

  /** The right answer; empty for an essay (a person grades it) and for a description. */
  public List<String> key(QuestionContent content) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      return choices.choices().stream().filter(Choice::correct).map(c -> html(c.text())).toList();
    }
    if (body instanceof QuestionBody.TrueFalse trueFalse) {
      return List.of(truth(trueFalse.answer()));
    }
    if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
      return best(shortAnswer.answers(), AcceptedAnswer::fraction).stream()
          .map(a -> escape(a.text()))
          .toList();
    }
    if (body instanceof QuestionBody.Numerical numerical) {
      return best(numerical.answers(), NumericAnswer::fraction).stream()
          .map(a -> number(a, numerical))
          .toList();
    }
    return structuredKey(body);
  }

  private List<String> structuredKey(QuestionBody body) {
    if (body instanceof QuestionBody.Matching matching) {
      List<MatchPair> pairs = matching.pairs();
      return pairs.stream()
          .filter(p -> !p.distractor())
          .map(p -> words.text("exam.review.pair", html(p.prompt()), escape(p.answer())))
          .toList();
    }
    if (body instanceof QuestionBody.Ordering ordering) {
      return numbered(ordering.items().stream().map(this::html).toList());
    }
    if (body instanceof QuestionBody.Cloze cloze) {
      return clozeKey(cloze.gaps());
    }
    return List.of();
  }

  private List<String> pairs(QuestionBody.Matching matching, Map<Integer, String> answers) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Integer, String> entry : new java.util.TreeMap<>(answers).entrySet()) {
      if (entry.getKey() >= 0 && entry.getKey() < matching.pairs().size()) {
        RichText prompt = matching.pairs().get(entry.getKey()).prompt();
        lines.add(words.text("exam.review.pair", html(prompt), escape(entry.getValue())));
      }
    }
    return lines;
  }

  private List<String> gapLines(Map<Integer, String> answers) {
    List<String> lines = new ArrayList<>();
    new java.util.TreeMap<>(answers)
        .forEach(
            (gap, text) -> {
              List<String> parts =
                  List.of(
                      text.split(
                          java.util.regex.Pattern.quote(Response.Gaps.CHOICE_SEPARATOR), -1));
              lines.add(gapLine(gap + 1, parts));
            });
    return lines;
  }

  private List<String> clozeKey(List<ClozeGap> gaps) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < gaps.size(); i++) {
      List<String> right =
          gaps.get(i).answers().stream()
              .filter(a -> a.fraction() > 0)
              .map(ClozeGap.ClozeAnswer::text)
              .toList();
      lines.add(gapLine(i + 1, right));
    }
    return lines;
  }

  /** A gap's number and its answers, e.g. 空欄1：ろ過池、急速ろ過池 or Gap 1: a, b. */
  private String gapLine(int number, List<String> answers) {
    String joined = String.join(words.text("exam.review.listSeparator"), answers);
    return escape(words.text("exam.review.gapLine", String.valueOf(number), joined));
  }

  private String number(NumericAnswer answer, QuestionBody.Numerical numerical) {
    String unit =
        numerical.units().stream()
            .filter(u -> u.multiplier().compareTo(java.math.BigDecimal.ONE) == 0)
            .map(u -> " " + u.name())
            .findFirst()
            .orElse("");
    String value = answer.value().toPlainString() + unit;
    if (answer.tolerance().signum() == 0) {
      return escape(value);
    }
    String tolerance = answer.tolerance().toPlainString();
    return escape(words.text("exam.review.withTolerance", value, tolerance));
  }

  private static <T> List<T> best(List<T> answers, java.util.function.ToDoubleFunction<T> by) {
    double top = answers.stream().mapToDouble(by).max().orElse(0);
    if (top <= 0) {
      return List.of();
    }
    return answers.stream().filter(a -> by.applyAsDouble(a) == top).toList();
  }

  private List<String> numbered(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      result.add(words.text("exam.review.numbered", String.valueOf(i + 1), lines.get(i)));
    }
    return result;
  }

  private String truth(boolean value) {
    return escape(words.text(value ? "exam.answer.true" : "exam.answer.false"));
  }

  private String html(RichText text) {
    return display.html(text);
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }
}
