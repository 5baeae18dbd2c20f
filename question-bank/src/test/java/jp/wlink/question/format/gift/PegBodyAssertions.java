package jp.wlink.question.format.gift;

import static jp.wlink.question.format.gift.PegJson.actual;
import static jp.wlink.question.format.gift.PegJson.expectedText;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;

/** Compares a read question's body with the answers a PEG fixture lists. */
final class PegBodyAssertions {
  private PegBodyAssertions() {}

  static void assertBody(JsonObject entry, QuestionBody body, String label) {
    if (body instanceof QuestionBody.Choices choices) {
      assertChoices(entry, choices.choices(), label);
    } else if (body instanceof QuestionBody.ShortAnswer answers) {
      assertAccepted(entry, answers.answers(), label);
    } else if (body instanceof QuestionBody.Numerical numerical) {
      assertNumerical(entry, numerical.answers(), label);
    } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
      assertTrueFalse(entry, trueFalse, label);
    } else if (body instanceof QuestionBody.Matching matching) {
      assertPairs(entry, matching.pairs(), label);
    } else {
      assertThat(entry.containsKey("choices")).as(label).isFalse();
    }
  }

  private static void assertChoices(JsonObject entry, List<Choice> choices, String label) {
    JsonArray expected = entry.getJsonArray("choices");
    assertThat(choices).as(label).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonObject want = expected.getJsonObject(i);
      Choice got = choices.get(i);
      assertThat(actual(got.text())).as(label).isEqualTo(expectedText(want, "text"));
      assertThat(got.text().format()).as(label).isEqualTo(PegJson.expectedFormat(want, "text"));
      assertThat(got.fraction()).as(label).isEqualTo(PegJson.fraction(want));
      assertThat(actual(got.feedback())).as(label).isEqualTo(expectedText(want, "feedback"));
    }
  }

  private static void assertAccepted(JsonObject entry, List<AcceptedAnswer> got, String label) {
    JsonArray expected = entry.getJsonArray("choices");
    assertThat(got).as(label).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonObject want = expected.getJsonObject(i);
      assertThat(PegJson.normal(got.get(i).text())).as(label).isEqualTo(expectedText(want, "text"));
      assertThat(got.get(i).fraction()).as(label).isEqualTo(PegJson.fraction(want));
      assertThat(actual(got.get(i).feedback())).as(label).isEqualTo(expectedText(want, "feedback"));
    }
  }

  /**
   * PEG lists Moodle's catch-all wrong answer ({@code ~#feedback}) with the text "*"; the bank's
   * numerical answers need a number, so the reader leaves it out (a documented limitation).
   */
  private static void assertNumerical(JsonObject entry, List<NumericAnswer> got, String label) {
    JsonValue choices = entry.get("choices");
    List<JsonObject> wanted = new ArrayList<>();
    if (PegJson.isObject(choices)) {
      wanted.add(wrap(choices.asJsonObject()));
    } else {
      for (JsonValue value : choices.asJsonArray()) {
        if (PegJson.isObject(value.asJsonObject().get("text"))
            && value.asJsonObject().getJsonObject("text").containsKey("type")) {
          wanted.add(value.asJsonObject());
        }
      }
    }
    assertThat(got).as(label).hasSize(wanted.size());
    for (int i = 0; i < wanted.size(); i++) {
      assertNumber(wanted.get(i), got.get(i), label);
    }
  }

  private static JsonObject wrap(JsonObject number) {
    return jakarta.json.Json.createObjectBuilder()
        .add("isCorrect", true)
        .addNull("weight")
        .add("text", number)
        .addNull("feedback")
        .build();
  }

  private static void assertNumber(JsonObject want, NumericAnswer got, String label) {
    JsonObject number = want.getJsonObject("text");
    BigDecimal value;
    BigDecimal tolerance;
    switch (number.getString("type")) {
      case "simple" -> {
        value = PegJson.number(number, "number");
        tolerance = BigDecimal.ZERO;
      }
      case "range" -> {
        value = PegJson.number(number, "number");
        tolerance = PegJson.number(number, "range");
      }
      default -> {
        BigDecimal high = PegJson.number(number, "numberHigh");
        BigDecimal low = PegJson.number(number, "numberLow");
        value = high.add(low).divide(BigDecimal.valueOf(2));
        tolerance = high.subtract(low).divide(BigDecimal.valueOf(2));
      }
    }
    assertThat(got.value()).as(label).isEqualByComparingTo(value);
    assertThat(got.tolerance()).as(label).isEqualByComparingTo(tolerance);
    assertThat(got.fraction()).as(label).isEqualTo(PegJson.fraction(want));
    assertThat(actual(got.feedback())).as(label).isEqualTo(expectedText(want, "feedback"));
  }

  /**
   * PEG names the two feedbacks by position (first "true", second "false"); Moodle, whose reading
   * the bank follows, takes the first for a wrong answer and the second for a right one. They agree
   * for FALSE questions; for TRUE questions the two swap.
   */
  private static void assertTrueFalse(JsonObject entry, QuestionBody.TrueFalse got, String label) {
    boolean answer = entry.getBoolean("isTrue");
    String first = expectedText(entry, "trueFeedback");
    String second = expectedText(entry, "falseFeedback");
    assertThat(got.answer()).as(label).isEqualTo(answer);
    assertThat(actual(got.feedbackWhenTrue())).as(label).isEqualTo(answer ? second : first);
    assertThat(actual(got.feedbackWhenFalse())).as(label).isEqualTo(answer ? first : second);
  }

  private static void assertPairs(JsonObject entry, List<MatchPair> got, String label) {
    JsonArray expected = entry.getJsonArray("matchPairs");
    assertThat(got).as(label).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonObject want = expected.getJsonObject(i);
      assertThat(actual(got.get(i).prompt()))
          .as(label)
          .isEqualTo(expectedText(want, "subquestion"));
      assertThat(got.get(i).answer()).as(label).isEqualTo(want.getString("subanswer"));
    }
  }
}
