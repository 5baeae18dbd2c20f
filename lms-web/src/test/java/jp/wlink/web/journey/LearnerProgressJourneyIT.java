package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.wlink.web.testing.ProgressSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A young staff member enrols on a course from its page, completes its lessons one by one, and
 * finds on their progress page the course completed, their study time and their certificate, whose
 * check page shows it valid; then sets a study goal (a past exam date is refused with a message),
 * sees the days to the exam and the readiness estimate, and clears the goal again.
 */
@ExtendWith(BrowserExtension.class)
class LearnerProgressJourneyIT {
  private static final String COURSE = "管路の維持管理（入門）";
  private static final String CERTIFICATION = "下水道技術検定 第3種";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  @Test
  void aLearnerEnrolsCompletesTheLessonsAndGetsACertificate(Browser learner, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(learner, wlink, Members.newHandle(), "若手職員");
    long course;
    try (ProgressSeed seed = ProgressSeed.into(wlink.jdbcUrl())) {
      course = seed.publishedCourse(email, COURSE, List.of("管の種類", "漏水の調べ方"));
    }
    Members.logIn(learner, email);

    learner.open("/courses/course.xhtml?id=" + course);
    learner.clickAndAwait(
        "courseEnrolment:enrolOnCourse", "courseEnrolment:enrolmentMessages", "受講登録しました");
    for (int lesson = 0; lesson < 2; lesson++) {
      learner.open("/courses/course.xhtml?id=" + course);
      learner.click(By.xpath("(//ol[contains(@class,'course-units')]//a)[" + (lesson + 1) + "]"));
      learner.clickAndAwait("study:completeLesson", "study:studyMessages", "授業を完了にしました");
    }

    learner.open("/courses/progress.xhtml");
    assertThat(learner.pageText()).contains(COURSE, "修了", "100%（2/2 授業）");
    By verify = By.xpath("//a[contains(@id,'certificateVerify')]");
    assertThat(learner.has(verify)).isTrue();
    learner.click(verify);
    assertThat(learner.text("verdict")).contains("有効な修了証です");
    assertThat(learner.text("course")).isEqualTo(COURSE);

    setsAStudyGoalAndClearsIt(learner);
  }

  private static void setsAStudyGoalAndClearsIt(Browser learner) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    learner.open("/courses/progress.xhtml");
    assertThat(learner.text("studyGoal")).contains("学習の目標はまだ設定されていません。");

    chooseCertification(learner);
    learner.fill("goal:examDate_input", today.minusDays(1).format(DAY));
    learner.clickAndAwait("goal:saveGoal", "goal:goalMessages", "試験日が過ぎています。今日以降の日付を入力してください。");
    learner.open("/courses/progress.xhtml");
    chooseCertification(learner);
    learner.fill("goal:examDate_input", (today.getYear() + 1) + "/02/30");
    learner.clickAndAwait("goal:saveGoal", "goal:goalMessages", "日付として解釈することができませんでした");
    learner.open("/courses/progress.xhtml");
    chooseCertification(learner);
    learner.fill("goal:examDate_input", today.plusDays(30).format(DAY));
    learner.clickAndAwait("goal:saveGoal", "goal:goalMessages", "学習の目標を設定しました。");

    assertThat(learner.text("daysToExam")).isEqualTo("試験まであと30日です。");
    assertThat(learner.text("readiness")).startsWith("合格への準備度：").endsWith("%");
    assertThat(learner.text("studyGoal")).contains(CERTIFICATION + "（試験日：");
    learner.clickAndAwait("goal:clearGoal", "goal:goalMessages", "学習の目標を外しました。");
    assertThat(learner.text("studyGoal")).contains("学習の目標はまだ設定されていません。");
  }

  private static void chooseCertification(Browser learner) {
    learner.choose("goal:certification", CERTIFICATION);
    assertThat(learner.text("goal:certification_label")).isEqualTo(CERTIFICATION);
  }
}
