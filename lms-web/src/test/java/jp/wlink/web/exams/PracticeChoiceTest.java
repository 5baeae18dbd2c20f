package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.wlink.question.exam.PracticeSource;
import jp.wlink.question.exam.PracticeSpec;
import org.junit.jupiter.api.Test;

class PracticeChoiceTest {
  @Test
  void buildsASubjectQuizWithItsTimeLimit() {
    PracticeSpec spec =
        PracticeChoice.spec(PracticeSource.SUBJECTS, "SEW3", List.of("法規"), null, 10, 15)
            .orElseThrow();

    assertThat(spec.source()).isEqualTo(PracticeSource.SUBJECTS);
    assertThat(spec.count()).isEqualTo(10);
    assertThat(spec.minutes()).isEqualTo(15);
  }

  @Test
  void hasNoQuizWhenAFieldIsMissingOrOutOfRange() {
    assertThat(PracticeChoice.spec(PracticeSource.SUBJECTS, null, List.of("法規"), null, 10, 0))
        .isEmpty();
    assertThat(PracticeChoice.spec(PracticeSource.SKILLS, null, null, List.of(), 10, 0)).isEmpty();
    assertThat(PracticeChoice.spec(PracticeSource.SKILLS, null, null, List.of("s"), null, 0))
        .isEmpty();
    assertThat(
            PracticeChoice.spec(
                PracticeSource.SKILLS, null, null, List.of("s"), PracticeSpec.MAX_COUNT + 1, 0))
        .isEmpty();
  }

  @Test
  void apiRequestChoosesSkillsWhenItNamesAny() {
    StartRequest request = new StartRequest();
    request.setCertification("SEW3");
    request.setSubjects(List.of("法規"));
    request.setSkills(List.of("sk-1"));
    request.setCount(5);

    assertThat(request.practice())
        .get()
        .extracting(PracticeSpec::source)
        .isEqualTo(PracticeSource.SKILLS);
    request.setBlueprintId(1L);
    assertThat(request.practice()).isEmpty();
  }
}
