package jp.wlink.course.groups.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import org.junit.jupiter.api.Test;

class PlanSubjectTest {
  @Test
  void takesTheBlueprintSubjectsInOrderWithTheirExamQuestions() {
    Blueprint blueprint = new Blueprint("GESUIDO_3", "下水道3種", "Sewerage 3", 120);
    blueprint.changeRule(
        List.of(
            new BlueprintSubject("法規", 10, null, false),
            new BlueprintSubject("施設", 30, null, true)),
        Optional.empty(),
        Optional.empty());

    assertThat(PlanSubject.of(blueprint))
        .containsExactly(
            new PlanSubject("GESUIDO_3:1", "法規", 10), new PlanSubject("GESUIDO_3:2", "施設", 30));
  }

  @Test
  void refusesASubjectWithoutExamQuestions() {
    assertThatThrownBy(() -> new PlanSubject("A", "無", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
