package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.web.i18n.Bundles;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {
  private static final String TEXT_FORMAT = ExportLoss.KEY_PREFIX + "sheet.textFormat";
  private static final String GIFT_TYPE = ExportLoss.KEY_PREFIX + "gift.typeNotSupported";

  @Test
  void namesEveryTextFormatInALossByItsLabelInBothLanguages() throws IOException {
    for (String language : new String[] {"ja", "en"}) {
      Properties bundle = Bundles.load(language);
      for (TextFormat format : TextFormat.values()) {
        assertThat(ProblemTexts.labelKey(TEXT_FORMAT, format.name()))
            .get()
            .satisfies(key -> assertThat(bundle).containsKey(key));
      }
    }
  }

  @Test
  void namesTheMoodleAutoFormatAsThePagesDo() throws IOException {
    Properties japanese = Bundles.load("ja");

    String key = ProblemTexts.labelKey(TEXT_FORMAT, "MOODLE_AUTO").orElseThrow();

    assertThat(japanese.getProperty(key)).isEqualTo("Moodle自動書式");
  }

  @Test
  void namesEveryQuestionTypeGiftCannotHoldByItsLabel() throws IOException {
    Properties bundle = Bundles.load("ja");
    for (QuestionType type : QuestionType.values()) {
      assertThat(ProblemTexts.labelKey(GIFT_TYPE, type.name()))
          .get()
          .satisfies(key -> assertThat(bundle).containsKey(key));
    }
  }

  @Test
  void leavesOtherArgumentsAsTheyAre() {
    assertThat(ProblemTexts.labelKey(ExportLoss.KEY_PREFIX + "sheet.files", "3")).isEmpty();
  }
}
