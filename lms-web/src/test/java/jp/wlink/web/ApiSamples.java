package jp.wlink.web;

import java.math.BigDecimal;
import java.util.List;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/** Questions and answers that the container test sends or seeds, in the API's JSON form. */
final class ApiSamples {
  private ApiSamples() {}

  /** A true/false question in the bank's stored form, named {@code name}. */
  static String question(String name) {
    String text = "{\"text\":\"<p>沈砂池では砂を沈める。</p>\",\"format\":\"HTML\"}";
    String empty = "{\"text\":\"\",\"format\":\"HTML\"}";
    return "{\"content\":{\"type\":\"TRUE_FALSE\",\"name\":\""
        + name
        + "\",\"stem\":"
        + text
        + ",\"generalFeedback\":"
        + empty
        + ",\"explanation\":"
        + empty
        + ",\"defaultMark\":1,\"penalty\":0,\"body\":{\"kind\":\"trueFalse\",\"answer\":true,"
        + "\"feedbackWhenTrue\":"
        + empty
        + ",\"feedbackWhenFalse\":"
        + empty
        + "}},"
        + "\"metadata\":{\"categoryPath\":[\"Arquillian\",\"下水道法\"],\"level\":2}}";
  }

  static String answer(int baseRevision, int choice) {
    return "{\"baseRevision\":"
        + baseRevision
        + ",\"response\":{\"kind\":\"choice\",\"choices\":["
        + choice
        + "]}}";
  }

  static QuestionContent choiceQuestion() {
    return new QuestionContent(
        QuestionType.SINGLE_CHOICE,
        "下水道法の目的",
        RichText.html("<p>下水道法の目的に当たるものはどれですか。</p>"),
        RichText.EMPTY,
        RichText.html("<p>解説：公共用水域の水質の保全です。</p>"),
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new QuestionBody.Choices(
            List.of(
                new Choice(RichText.plain("水質の保全"), 1, RichText.EMPTY),
                new Choice(RichText.plain("観光の振興"), 0, RichText.EMPTY)),
            false));
  }
}
