package jp.wlink.question.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;

/** The check every sheet round trip makes: nothing lost, and each question read back equal. */
final class RoundTrips {
  private RoundTrips() {}

  static void assertReadBackEqual(
      List<ExportedQuestion> written, List<ExportLoss> losses, ImportReport report) {
    assertThat(losses).isEmpty();
    assertThat(report.problems()).isEmpty();
    assertThat(report.questions()).hasSize(written.size());
    for (int i = 0; i < written.size(); i++) {
      ImportedQuestion imported = report.questions().get(i);
      assertThat(imported.content()).isEqualTo(written.get(i).content());
      assertThat(imported.metadata()).isEqualTo(written.get(i).metadata());
    }
  }
}
