package jp.wlink.question.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.format.Decimals;

/**
 * A GIFT numerical answer block (after its {@code #}): one answer or several {@code =} answers,
 * each a value, {@code value:tolerance} or {@code min..max}, with an optional weight and feedback.
 * A range becomes its midpoint with half its width as tolerance.
 */
final class GiftNumerical {
  private GiftNumerical() {}

  static QuestionBody.Numerical read(String block, GiftContext context) {
    List<NumericAnswer> answers = new ArrayList<>();
    for (GiftAnswerItem item : GiftAnswerItem.parse(block)) {
      // LIMITATION: Moodle's catch-all wrong answer ("~#feedback", stored as "*") has no
      // number, and the model's numeric answers need one; it gives no mark, so only its
      // feedback is left out.
      if (item.mark() == '~') {
        continue;
      }
      double fraction = context.fraction(item.percent(), 1);
      try {
        answers.add(answer(GiftText.unescape(item.text()), fraction, item, context));
      } catch (NumberFormatException e) {
        context.problem("gift.invalidNumber", GiftText.unescape(item.text()));
      }
    }
    if (answers.isEmpty() && !context.failed()) {
      context.problem("gift.noAnswer");
    }
    return new QuestionBody.Numerical(answers, List.of(), false);
  }

  private static NumericAnswer answer(
      String text, double fraction, GiftAnswerItem item, GiftContext context) {
    BigDecimal value;
    BigDecimal tolerance;
    int range = text.indexOf("..");
    int colon = text.indexOf(':');
    if (range > 0) {
      BigDecimal min = Decimals.parse(text.substring(0, range));
      BigDecimal max = Decimals.parse(text.substring(range + 2));
      value = Decimals.canonical(min.add(max).divide(BigDecimal.valueOf(2)));
      tolerance = Decimals.canonical(max.subtract(min).abs().divide(BigDecimal.valueOf(2)));
    } else if (colon > 0) {
      value = Decimals.parse(text.substring(0, colon));
      tolerance = Decimals.parse(text.substring(colon + 1)).abs();
    } else {
      value = Decimals.parse(text);
      tolerance = BigDecimal.ZERO;
    }
    return new NumericAnswer(value, tolerance, fraction, context.feedback(item.feedback()));
  }
}
