package jp.wlink.question.bank;

import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;

/**
 * How long a question's texts may be, as the author typed or sent them (before sanitising): long
 * enough for any real exam question, short enough that a form never reaches the server's request
 * size limit and a pasted document is refused with a message rather than a failed request. A line
 * break counts as one character, as a browser's {@code maxlength} counts it.
 */
public final class ContentLimits {
  /** Stem, general feedback, explanation, and an essay's response template and grader info. */
  public static final int TEXT = 20_000;

  /** Each choice, answer, feedback on one answer, matching prompt or answer, ordering item. */
  public static final int PART = 2_000;

  private ContentLimits() {}

  /**
   * A text that is too long: {@code field} is the editor's name for it ({@code stem}, {@code
   * generalFeedback}, {@code explanation}, {@code responseTemplate}, {@code graderInfo}, or {@code
   * answers} for any part of the answer list).
   */
  public record Excess(String field, int limit) {}

  /** The number of characters a limit counts: CR LF as one, as a browser does. */
  public static int length(String text) {
    return text.replace("\r\n", "\n").length();
  }

  /** One entry per field with a text over its limit, in the order of the editor's fields. */
  public static List<Excess> excesses(QuestionContent content) {
    List<Excess> found = new ArrayList<>();
    over(found, "stem", content.stem().text(), TEXT);
    over(found, "explanation", content.explanation().text(), TEXT);
    over(found, "generalFeedback", content.generalFeedback().text(), TEXT);
    if (content.body() instanceof QuestionBody.Essay essay) {
      over(found, "responseTemplate", essay.responseTemplate().text(), TEXT);
      over(found, "graderInfo", essay.graderInfo().text(), TEXT);
    }
    if (parts(content.body()).stream().anyMatch(part -> length(part) > PART)) {
      found.add(new Excess("answers", PART));
    }
    return found;
  }

  private static List<String> parts(QuestionBody body) {
    List<String> parts = new ArrayList<>();
    if (body instanceof QuestionBody.Choices c) {
      for (Choice choice : c.choices()) {
        texts(parts, choice.text(), choice.feedback());
      }
    } else if (body instanceof QuestionBody.TrueFalse t) {
      texts(parts, t.feedbackWhenTrue(), t.feedbackWhenFalse());
    } else if (body instanceof QuestionBody.ShortAnswer s) {
      for (AcceptedAnswer answer : s.answers()) {
        parts.add(answer.text());
        texts(parts, answer.feedback());
      }
    } else if (body instanceof QuestionBody.Numerical n) {
      n.answers().stream().map(NumericAnswer::feedback).forEach(f -> texts(parts, f));
    } else if (body instanceof QuestionBody.Matching m) {
      for (MatchPair pair : m.pairs()) {
        parts.add(pair.answer());
        texts(parts, pair.prompt());
      }
    } else if (body instanceof QuestionBody.Ordering o) {
      o.items().forEach(item -> texts(parts, item));
    }
    return parts;
  }

  private static void texts(List<String> parts, RichText... texts) {
    for (RichText text : texts) {
      parts.add(text.text());
    }
  }

  private static void over(List<Excess> found, String field, String text, int limit) {
    if (length(text) > limit) {
      found.add(new Excess(field, limit));
    }
  }
}
