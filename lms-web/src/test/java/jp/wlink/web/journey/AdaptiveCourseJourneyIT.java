package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.wlink.web.testing.ProgressSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A young staff member enrols on a course, takes its placement test (answering wrongly, as a
 * beginner would), sees the level it placed them at, and finds on their progress page the next
 * recommended activity with its reason, their level and mastery per skill, then follows the
 * recommendation to the course's first lesson, practises there, and sees their mastery move.
 */
@ExtendWith(BrowserExtension.class)
class AdaptiveCourseJourneyIT {
  private static final String COURSE = "浄水処理の基礎（適応学習）";
  private static final String SKILL_NAME = "凝集";
  private static final String PROMOTION = "レベル1の内容が身に付きました。レベル2に進みましょう。";

  @Test
  void aLearnerTakesThePlacementTestAndFollowsTheNextActivity(Browser learner, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(learner, wlink, Members.newHandle(), "若手職員");
    long course;
    try (ProgressSeed seed = ProgressSeed.into(wlink.jdbcUrl())) {
      course = seed.publishedCourse(email, COURSE, List.of("浄水の流れ", "凝集と沈殿"), 2);
      seed.publishedQuestions(email, ProgressSeed.SKILL, 4);
    }
    Members.logIn(learner, email);

    learner.open("/courses/index.xhtml");
    assertThat(learner.pageText()).contains(COURSE);
    assertThat(learner.has(By.cssSelector(".card-grid > p"))).as("empty first cell").isFalse();
    learner.open("/courses/course.xhtml?id=" + course);
    learner.clickAndAwait(
        "courseEnrolment:enrolOnCourse", "courseEnrolment:enrolmentMessages", "受講登録しました");
    learner.click(By.id("courseEnrolment:placementLink"));
    assertThat(learner.pageText()).contains("レベル判定テスト", COURSE);
    learner.submit("headerForm:langEn");
    assertThat(learner.pageText()).contains("Placement", COURSE).doesNotContain("Page not found");
    learner.submit("headerForm:langJa");
    learner.submit("placement:startPlacement");
    assertThat(eachChoiceBesideItsRadio(learner)).as("radio and answer on one line").isTrue();
    int answered = 0;
    while (learner.has(By.id("placement:answerPlacement")) && answered < 10) {
      learner.chooseRadio("placement:choice", "誤り");
      learner.submit("placement:answerPlacement");
      answered++;
    }
    assertThat(answered).isBetween(1, 4);
    assertThat(learner.text("placement:startingLevel")).isEqualTo("判定の結果、この講座はレベル1から始めます。");
    assertThat(learner.text("placement:result"))
        .contains("判定の結果", SKILL_NAME + "：レベル1（初級）")
        .doesNotContain(ProgressSeed.SKILL);
    assertThat(learner.has(By.id("placement:startPlacement"))).as("start once placed").isFalse();
    assertThat(learner.has(By.id("placement:skipPlacement"))).as("later once placed").isFalse();
    assertThat(learner.has(By.id("placement:retakePlacement"))).isTrue();

    learner.click(By.id("placement:toProgress"));
    String progress = learner.text("learnerModel");
    assertThat(progress)
        .contains(
            "次のおすすめ", "新しい授業「" + SKILL_NAME + "」に進めます", "現在のレベル：1（初級）", "スキルごとの習熟度", "今日の復習：0問")
        .doesNotContain(ProgressSeed.SKILL);
    assertThat(learner.text(By.cssSelector(".mastery-skill"))).isEqualTo(SKILL_NAME);
    String masteryBefore = learner.text(By.cssSelector(".mastery-list li"));
    learner.click(By.xpath("//a[contains(@id,'nextLesson')]"));
    assertThat(learner.pageText()).contains("浄水の流れ");

    learner.submit("practice:start");
    answerEveryQuestionRightAndSubmit(learner);
    learner.open("/courses/progress.xhtml");
    assertThat(learner.text(By.cssSelector(".mastery-list li"))).isNotEqualTo(masteryBefore);
  }

  @Test
  void aLearnerWhoMasteredTheFirstLevelAcceptsThePromotionBesideADueReview(
      Browser learner, RunningWlink wlink) throws Exception {
    String email = Members.registerAndVerify(learner, wlink, Members.newHandle(), "若手職員");
    long course;
    try (ProgressSeed seed = ProgressSeed.into(wlink.jdbcUrl())) {
      course = seed.publishedTwoLevelCourse(email, COURSE + "二段階");
      seed.publishedQuestions(email, ProgressSeed.BASIC_SKILL, 4);
    }
    Members.logIn(learner, email);
    learner.open("/courses/course.xhtml?id=" + course);
    learner.clickAndAwait(
        "courseEnrolment:enrolOnCourse", "courseEnrolment:enrolmentMessages", "受講登録しました");
    try (ProgressSeed seed = ProgressSeed.into(wlink.jdbcUrl())) {
      seed.practisedRight(email, ProgressSeed.BASIC_SKILL, 30);
    }

    learner.open("/courses/course.xhtml?id=" + course);
    assertThat(learner.text("promotion")).contains("現在のレベル：1（初級）", PROMOTION);
    learner.open("/courses/progress.xhtml");
    assertThat(learner.text(By.cssSelector(".next-reason"))).contains("の復習の時期です");
    assertThat(learner.text(By.cssSelector(".promotion-banner"))).contains(PROMOTION);
    learner.click(By.xpath("//button[contains(@id,'acceptPromotionNow')]"));
    learner.awaitText(By.id("nextForm"), "レベル2に進みました。");

    assertThat(learner.text("learnerModel")).contains("現在のレベル：2（初中級）").doesNotContain(PROMOTION);
    learner.open("/courses/course.xhtml?id=" + course);
    assertThat(learner.text("learnerLevel")).isEqualTo("現在のレベル：2（初中級）");
    assertThat(learner.has(By.id("promotion:promotionBanner"))).isFalse();
  }

  /** Each choice's label starts to the right of its radio button and above the button's bottom. */
  private static boolean eachChoiceBesideItsRadio(Browser learner) {
    Object beside =
        ((JavascriptExecutor) learner.driver())
            .executeScript(
                "var cells = document.querySelectorAll(\"[id='placement:choice'] td\");"
                    + " return cells.length > 0 && Array.from(cells).every(function (td) {"
                    + " var i = td.querySelector('input').getBoundingClientRect();"
                    + " var l = td.querySelector('label').getBoundingClientRect();"
                    + " return l.left >= i.right && l.top < i.bottom; });");
    return Boolean.TRUE.equals(beside);
  }

  /** Practice questions are drawn at random: answer whichever were drawn, then submit. */
  private static void answerEveryQuestionRightAndSubmit(Browser learner) {
    ExamTab exam = new ExamTab(learner.driver()).ready();
    List<String> stems =
        learner.driver().findElements(By.cssSelector(".exam-slot__stem")).stream()
            .map(e -> e.getText().trim())
            .toList();
    for (String stem : stems) {
      exam.choose(stem, "正しい").awaitState(stem, "saved");
    }
    learner.click(By.id("submitForm:submit"));
    learner.submit("submitForm:confirmYes");
    assertThat(learner.path()).isEqualTo("/exams/result.xhtml");
  }
}
