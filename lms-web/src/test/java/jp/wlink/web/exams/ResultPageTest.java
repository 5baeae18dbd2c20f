package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.wlink.question.content.QuestionType;
import org.junit.jupiter.api.Test;

class ResultPageTest {
  private final ResultPage page = new ResultPage();

  @Test
  void hidesGeneralFeedbackThatRepeatsTheExplanation() {
    assertThat(page.showsGeneralFeedback(item("<p>塩素は消毒に使います。</p>", "塩素は消毒に使います。"))).isFalse();
    assertThat(page.showsGeneralFeedback(item("<p>よくできました。</p>", "<p>塩素は消毒に使います。</p>"))).isTrue();
    assertThat(page.showsGeneralFeedback(item("<p>よくできました。</p>", null))).isTrue();
    assertThat(page.showsGeneralFeedback(item("", "<p>解説</p>"))).isFalse();
  }

  @Test
  void givesASubjectWithoutMinimumADashNotAPass() {
    assertThat(page.subjectVerdictKey(new ResultView.SubjectView("法規", 0, 5, null, true)))
        .isEqualTo("exam.result.subjectNoMinimum");
    assertThat(page.subjectVerdictKey(new ResultView.SubjectView("法規", 1, 5, 2, false)))
        .isEqualTo("exam.result.subjectBelow");
    assertThat(page.subjectVerdictKey(new ResultView.SubjectView("法規", 3, 5, 2, true)))
        .isEqualTo("exam.result.subjectOk");
  }

  private static ResultView.ItemView item(String generalFeedback, String explanation) {
    return new ResultView.ItemView(
        1,
        "水質管理",
        QuestionType.TRUE_FALSE,
        null,
        null,
        1.0,
        false,
        List.of(),
        List.of(),
        List.of(),
        generalFeedback,
        explanation,
        null);
  }
}
