package jp.wlink.question.bank.files;

import java.util.List;
import java.util.function.UnaryOperator;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;

/**
 * Rebuilds a question's content with every {@link RichText} in it passed through a function: for
 * rewriting links, and for the web layer to sanitise content that arrives through its API.
 */
public final class ContentTexts {
  private ContentTexts() {}

  public static QuestionContent map(QuestionContent content, UnaryOperator<RichText> change) {
    return new QuestionContent(
        content.type(),
        content.name(),
        change.apply(content.stem()),
        change.apply(content.generalFeedback()),
        change.apply(content.explanation()),
        content.defaultMark(),
        content.penalty(),
        body(content.body(), change));
  }

  private static QuestionBody body(QuestionBody body, UnaryOperator<RichText> change) {
    if (body instanceof QuestionBody.Choices c) {
      return new QuestionBody.Choices(each(c.choices(), x -> choice(x, change)), c.shuffle());
    }
    if (body instanceof QuestionBody.TrueFalse t) {
      return new QuestionBody.TrueFalse(
          t.answer(), change.apply(t.feedbackWhenTrue()), change.apply(t.feedbackWhenFalse()));
    }
    if (body instanceof QuestionBody.ShortAnswer s) {
      return new QuestionBody.ShortAnswer(
          each(
              s.answers(),
              a -> new AcceptedAnswer(a.text(), a.fraction(), change.apply(a.feedback()))),
          s.caseSensitive());
    }
    if (body instanceof QuestionBody.Numerical n) {
      return new QuestionBody.Numerical(
          each(n.answers(), a -> numeric(a, change)), n.units(), n.unitRequired());
    }
    if (body instanceof QuestionBody.Matching m) {
      return new QuestionBody.Matching(
          each(m.pairs(), p -> new MatchPair(change.apply(p.prompt()), p.answer())), m.shuffle());
    }
    if (body instanceof QuestionBody.Ordering o) {
      return new QuestionBody.Ordering(each(o.items(), change));
    }
    if (body instanceof QuestionBody.Essay e) {
      return new QuestionBody.Essay(
          change.apply(e.responseTemplate()), change.apply(e.graderInfo()), e.responseLines());
    }
    return body;
  }

  private static Choice choice(Choice choice, UnaryOperator<RichText> change) {
    return new Choice(
        change.apply(choice.text()), choice.fraction(), change.apply(choice.feedback()));
  }

  private static NumericAnswer numeric(NumericAnswer answer, UnaryOperator<RichText> change) {
    return new NumericAnswer(
        answer.value(), answer.tolerance(), answer.fraction(), change.apply(answer.feedback()));
  }

  private static <T> List<T> each(List<T> items, UnaryOperator<T> change) {
    return items.stream().map(change).toList();
  }
}
