package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Scorer;
import jp.wlink.web.questions.CertificationOption;
import org.junit.jupiter.api.Test;

class DemoQuestionsTest {
  /** The blueprints as the qb-exams migration seeds them (names and subjects). */
  static final List<CertificationOption> BLUEPRINTS =
      List.of(
          new CertificationOption(
              "GESUIDO_3", "下水道技術検定 第3種", "Class 3", List.of("下水処理", "工場排水", "運転管理", "安全管理", "法規")),
          new CertificationOption(
              "GESUIDO_2", "下水道技術検定 第2種", "Class 2", List.of("下水道設計", "施工管理法", "下水処理", "法規")),
          new CertificationOption(
              "KYUSUI_SHUNIN",
              "給水装置工事主任技術者",
              "Chief engineer",
              List.of(
                  "公衆衛生概論",
                  "水道行政",
                  "給水装置工事法",
                  "給水装置の構造及び性能",
                  "給水装置計画論",
                  "給水装置工事事務論",
                  "給水装置の概要",
                  "給水装置施工管理法")));

  private final ImportReport report = new DemoQuestions(BLUEPRINTS).read(List.of());

  @Test
  void readsEveryDemoFileWithoutAProblem() {
    assertThat(report.problems()).isEmpty();
    assertThat(report.questions()).hasSize(141);
    assertThat(report.questions())
        .filteredOn(q -> q.content().type() != QuestionType.DESCRIPTION)
        .hasSize(138);
  }

  @Test
  void givesEveryBlueprintSubjectQuestions() {
    for (CertificationOption blueprint : BLUEPRINTS) {
      Map<String, Long> perSubject =
          report.questions().stream()
              .filter(q -> q.metadata().certification().orElse("").equals(blueprint.code()))
              .collect(
                  Collectors.groupingBy(
                      q -> q.metadata().subject().orElse(""), Collectors.counting()));

      assertThat(perSubject.keySet())
          .as(blueprint.code())
          .containsExactlyInAnyOrderElementsOf(blueprint.subjects());
    }
  }

  @Test
  void mapsLevelSkillsExplanationAndPublishesEveryQuestion() {
    ImportedQuestion sludge = byIdNumber().get("GS3-SHO-001");

    assertThat(sludge.metadata().level()).isEqualTo(2);
    assertThat(sludge.metadata().skills()).containsExactly("activated-sludge");
    assertThat(sludge.metadata().tags()).isEmpty();
    assertThat(sludge.metadata().categoryPath()).containsExactly("下水道技術検定 第3種", "下水処理");
    assertThat(sludge.content().explanation().text()).contains("返送汚泥");
    assertThat(report.questions())
        .allSatisfy(q -> assertThat(q.metadata().status()).isEqualTo(QuestionStatus.PUBLISHED));
  }

  @Test
  void keepsTheFilesCertificationWhereNoBlueprintHasIt() {
    assertThat(report.questions())
        .filteredOn(q -> q.metadata().categoryPath().get(0).startsWith("水道施設管理技士"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.metadata().certification()).hasValue("水道施設管理技士 3級（浄水）"));
  }

  @Test
  void acceptsTheCoagulantDoseInTheUnitItsStemAsksFor() {
    ImportedQuestion dose = byIdNumber().get("SK3-JOS-003");
    Scorer scorer = new Scorer();

    for (String answer : List.of("750kg", "750 kg/日", "750")) {
      assertThat(scorer.score(dose.content(), new Response.Text(answer)).fraction())
          .as(answer)
          .isEqualTo(1.0);
    }
  }

  private Map<String, ImportedQuestion> byIdNumber() {
    return report.questions().stream()
        .filter(q -> q.metadata().idNumber().isPresent())
        .collect(Collectors.toMap(q -> q.metadata().idNumber().get(), Function.identity()));
  }
}
