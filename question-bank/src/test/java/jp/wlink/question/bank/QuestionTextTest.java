package jp.wlink.question.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import org.junit.jupiter.api.Test;

class QuestionTextTest {

  @Test
  void givesTheSameFingerprintWhateverTheWidthKanaMarkupOrOptionOrder() {
    QuestionContent original = choices("<p>ポンプの ＰＨ を測る</p>", List.of("有機物", "砂"), "有機物");
    QuestionContent variant = choices("ぽんぷの  ph を<b>測る</b>", List.of("砂", "有機物"), "有機物");

    assertThat(QuestionText.fingerprint(variant)).isEqualTo(QuestionText.fingerprint(original));
  }

  @Test
  void givesAnotherFingerprintWhenTheCorrectAnswerDiffers() {
    QuestionContent original = choices("同じ問題文", List.of("有機物", "砂"), "有機物");
    QuestionContent otherAnswer = choices("同じ問題文", List.of("有機物", "砂"), "砂");

    assertThat(QuestionText.fingerprint(otherAnswer))
        .isNotEqualTo(QuestionText.fingerprint(original))
        .hasSize(64);
  }

  @Test
  void foldsTheSearchTextAndTheQueryAlike() {
    QuestionContent content = choices("<p>ﾎﾟﾝﾌﾟ場の　ＰＨ計</p>", List.of("有機物"), "有機物");

    String text = QuestionText.searchText(content, List.of("Sewer"));

    assertThat(text).contains("ぽんぷ場の ph計", "有機物", "sewer").doesNotContain("<p>");
    assertThat(QuestionText.searchWords(" ポンプ　ＰＨ計 ")).containsExactly("ぽんぷ", "ph計");
    assertThat(QuestionText.searchWords("  ")).isEmpty();
  }

  @Test
  void cutsNamesWithoutSplittingASurrogatePair() {
    String name = "a".repeat(254) + "𩸽";

    assertThat(MetadataLimits.cut(name, 255)).hasSize(254);
  }

  private static QuestionContent choices(String stem, List<String> texts, String correct) {
    List<Choice> choices =
        texts.stream()
            .map(
                text ->
                    new Choice(RichText.plain(text), text.equals(correct) ? 1 : 0, RichText.EMPTY))
            .toList();
    return new QuestionContent(
        QuestionType.SINGLE_CHOICE,
        "名前",
        RichText.html(stem),
        RichText.EMPTY,
        RichText.EMPTY,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new QuestionBody.Choices(choices, true));
  }
}
