package jp.wlink.question.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.SampleContents;
import org.junit.jupiter.api.Test;

class QuestionContentJsonTest {

  @Test
  void readsBackEveryQuestionTypeExactlyAsWritten() {
    List<QuestionContent> all = SampleContents.everyType();

    for (QuestionContent content : all) {
      String json = QuestionContentJson.write(content);

      assertThat(QuestionContentJson.read(json)).as(json).isEqualTo(content);
    }
    assertThat(all).extracting(QuestionContent::type).doesNotHaveDuplicates().hasSize(10);
  }

  @Test
  void storesOnlyRecordComponentsAndNamesTheBodyKind() {
    String json = QuestionContentJson.write(SampleContents.singleChoice("浄水"));

    assertThat(json).contains("\"kind\":\"choice\"").doesNotContain("\"empty\"");
    assertThat(json).doesNotContain("\"correct\"");
  }

  @Test
  void keepsTheScaleOfDecimalsAndJapaneseText() {
    QuestionContent numerical = SampleContents.numerical("処理能力 50,000㎥/日 第Ⅲ種 髙橋");

    QuestionContent back = QuestionContentJson.read(QuestionContentJson.write(numerical));

    assertThat(back.defaultMark()).isEqualByComparingTo("2.50").hasToString("2.50");
    assertThat(back.stem().text()).isEqualTo("<p>処理能力 50,000㎥/日 第Ⅲ種 髙橋</p>");
  }
}
