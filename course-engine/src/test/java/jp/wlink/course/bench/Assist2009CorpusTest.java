package jp.wlink.course.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.ModelSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fits the learner model on the ASSISTments 2009 training split and runs it online through the test
 * split, predicting each of the 101,419 answers before it is seen.
 */
class Assist2009CorpusTest {
  private static List<AnswerSequence> train;
  private static List<AnswerSequence> test;
  private static Scores online;

  @BeforeAll
  static void runOnline() throws IOException {
    Path folder = Assist2009.folder();
    train = Assist2009.train(folder);
    test = Assist2009.test(folder);
    online = OnlineEvaluation.run(LearnerModel.train(train, ModelSettings.defaults()), test);
  }

  @Test
  void readsEverySequenceOfBothSplits() {
    assertThat(train).hasSize(2_921);
    assertThat(test).hasSize(1_230);
    assertThat(online.answers()).isEqualTo(101_419);
  }

  @Test
  void theOnlineModelReachesTheTargetAuc() {
    assertThat(online.auc()).isGreaterThan(0.77);
  }

  @Test
  void theOnlineModelBeatsTheBaselinesOfTheSameRun() {
    Scores skillMean = OnlineEvaluation.skillMean(train, test);
    Scores globalMean = OnlineEvaluation.globalMean(train, test);

    assertThat(online.auc()).isGreaterThan(skillMean.auc() + 0.1);
    assertThat(online.logLoss()).isLessThan(skillMean.logLoss()).isLessThan(globalMean.logLoss());
  }
}
