package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import jp.wlink.question.certification.FailReason;
import jp.wlink.question.exam.Ending;
import jp.wlink.question.exam.Shortage;
import org.junit.jupiter.api.Test;

/** The keys the exam engine returns exist, since the page scan cannot see into the engine. */
class ExamMessageKeysTest {
  private final Properties japanese = Bundles.load("ja");

  @Test
  void everyKeyTheExamEngineReturnsIsInTheBundles() {
    assertThat(japanese)
        .containsKeys(
            FailReason.SUBJECT_BELOW_MINIMUM,
            FailReason.CORE_BELOW_MINIMUM,
            FailReason.OVERALL_BELOW_MINIMUM,
            Shortage.SUBJECT_KEY,
            Shortage.POOL_KEY);
    for (Ending ending : Ending.values()) {
      assertThat(japanese).containsKey("exam.ending." + ending.name());
    }
  }
}
