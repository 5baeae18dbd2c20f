package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A host creates a course with two units, moves the second above the first, writes a lesson, is
 * told what is missing when publishing too early, removes the empty unit and publishes; a young
 * staff member then finds the course in the catalogue and reads the lesson.
 */
@ExtendWith(BrowserExtension.class)
class CourseJourneyIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void anAuthorBuildsAndPublishesACourseThatALearnerThenReads(Browser browser, RunningWlink wlink)
      throws Exception {
    String learner = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    String author = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    wlink.grantRole(author, "HOST");
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String title = "残留塩素の測り方 " + suffix;
    Members.logIn(browser, author);

    browser
        .open("/courses/authoring/index.xhtml")
        .fill("create:code", "ZANRYU-" + suffix)
        .fill("create:title", title)
        .submit("create:createCourse");
    addUnit(browser, "測定の準備");
    addUnit(browser, "DPD法");
    browser.click(By.cssSelector("[data-move-up='2']"));
    awaitUnitOrder(browser, "DPD法", "測定の準備");

    browser.click(By.linkText("DPD法"));
    browser.fill("lessons:newLesson", "発色と読み取り");
    browser.clickAndAwait("lessons:addLesson", "lessons:lessonTable", "発色と読み取り");
    browser.click(By.linkText("発色と読み取り"));
    browser.fill("lesson:body", "<p>試薬を入れると遊離残留塩素に応じて桃色に発色します。</p>");
    browser.clickAndAwait("lesson:save", "lesson:messages", "レッスンを保存しました");

    browser.click(By.linkText(title));
    browser.clickAndAwait("course:publish", "course:messages", "レッスンのない単元があります");
    removeUnit(browser, "測定の準備");
    browser.clickAndAwait("course:publish", "course:courseStatus", "公開中");

    browser.submit("headerForm:logout");
    Members.logIn(browser, learner);
    browser.open("/courses/index.xhtml").click(By.linkText(title));
    assertThat(browser.text("courseTitle")).isEqualTo(title);
    assertThat(browser.pageText()).contains("第1単元　DPD法").doesNotContain("測定の準備");
    browser.click(By.linkText("発色と読み取り"));
    assertThat(browser.text("lessonTitle")).isEqualTo("発色と読み取り");
    assertThat(browser.text("lessonBody")).contains("桃色に発色します");
  }

  private static void addUnit(Browser browser, String unit) {
    browser.fill("units:newUnit", unit);
    browser.clickAndAwait("units:addUnit", "units:unitTable", unit);
  }

  private static void awaitUnitOrder(Browser browser, String first, String second) {
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String table = d.findElement(By.id("units:unitTable")).getText();
              return table.indexOf(first) >= 0 && table.indexOf(first) < table.indexOf(second);
            });
  }

  private static void removeUnit(Browser browser, String unit) {
    browser.click(
        By.xpath("//tr[.//a[normalize-space(.)='" + unit + "']]//button[normalize-space(.)='削除']"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("units:unitTable"), unit)));
  }
}
