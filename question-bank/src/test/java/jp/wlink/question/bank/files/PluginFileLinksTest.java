package jp.wlink.question.bank.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import org.junit.jupiter.api.Test;

class PluginFileLinksTest {
  private static final StoredFile PUMP = new StoredFile("a".repeat(64), ImageType.PNG);

  @Test
  void rewritesReferencesInTheStemAndInEveryChoice() {
    QuestionContent content =
        choiceQuestion(
            "<p><img src=\"@@PLUGINFILE@@/ポンプ 図.png\"></p>",
            "<img src=\"@@PLUGINFILE@@/%E3%83%9D%E3%83%B3%E3%83%97%20%E5%9B%B3.png\">");

    QuestionContent rewritten = PluginFileLinks.rewrite(content, Map.of("ポンプ 図.png", PUMP));

    assertThat(rewritten.stem().text()).isEqualTo("<p><img src=\"" + PUMP.url() + "\"></p>");
    QuestionBody.Choices choices = (QuestionBody.Choices) rewritten.body();
    assertThat(choices.choices().get(0).text().text())
        .isEqualTo("<img src=\"" + PUMP.url() + "\">");
    assertThat(choices.choices().get(0).fraction()).isEqualTo(1.0);
  }

  @Test
  void leavesReferencesToUnknownFilesAlone() {
    QuestionContent content = choiceQuestion("<img src=\"@@PLUGINFILE@@/other.png\">", "x");

    QuestionContent rewritten = PluginFileLinks.rewrite(content, Map.of("ポンプ.png", PUMP));

    assertThat(rewritten).isEqualTo(content);
  }

  private static QuestionContent choiceQuestion(String stem, String choice) {
    return new QuestionContent(
        QuestionType.SINGLE_CHOICE,
        "図",
        RichText.html(stem),
        RichText.EMPTY,
        RichText.EMPTY,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new QuestionBody.Choices(
            List.of(new Choice(RichText.html(choice), 1, RichText.EMPTY)), false));
  }
}
