package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A host creates a course with three units and puts them in order with the move buttons and by
 * dragging a row with the mouse, does the same with a unit's lessons, and finds the order kept
 * after reloading the page; gives the course a new skill and names it on the skills page (an empty
 * name is refused with a message); writes a lesson, is told what is missing when publishing too
 * early, removes the empty unit, previews the course as a learner and publishes. A young staff
 * member then finds the course in the catalogue in the same order, with its skills shown by name,
 * and reads the lesson.
 */
@ExtendWith(BrowserExtension.class)
class CourseJourneyIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String UNITS = "units:unitTable";
  private static final String LESSONS = "lessons:lessonTable";

  @Test
  void anAuthorBuildsAndPublishesACourseThatALearnerThenReads(Browser browser, RunningWlink wlink)
      throws Exception {
    String learner = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    String author = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    wlink.grantRole(author, "HOST");
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String title = "残留塩素の測り方 " + suffix;
    String newSkill = "josui.dpd-" + suffix.toLowerCase(Locale.ROOT);
    Members.logIn(browser, author);

    createCourse(browser, "ZANRYU-" + suffix, title, newSkill);
    nameNewSkill(browser, newSkill, title);
    orderUnits(browser);
    browser.click(By.linkText("DPD法"));
    orderLessons(browser);
    writeLessons(browser, title);
    browser.clickAndAwait("course:publish", "course:messages", "公開できませんでした");
    assertThat(browser.pageText().split("レッスンのない単元があります", -1))
        .as("the problem is listed once")
        .hasSize(2);
    removeUnit(browser, "測定の準備");
    previewAsLearner(browser);
    browser.click(By.linkText("この講座を編集する"));
    browser.clickAndAwait("course:publish", "course:courseStatus", "公開中");

    browser.submit("headerForm:logout");
    Members.logIn(browser, learner);
    browser.open("/courses/index.xhtml").click(By.linkText(title));
    assertThat(browser.text("courseTitle")).isEqualTo(title);
    assertThat(browser.pageText()).doesNotContain("測定の準備");
    assertCourseOrder(browser);
    assertThat(browser.text(By.cssSelector(".course-skills")))
        .contains("残留塩素 — 初中級")
        .contains("DPD法の手順 — 初中級")
        .doesNotContain("josui.residual-chlorine")
        .doesNotContain(newSkill);
    browser.click(By.linkText("発色と読み取り"));
    assertThat(browser.text("lessonTitle")).isEqualTo("発色と読み取り");
    assertThat(browser.text("lessonBody")).contains("桃色に発色します");
  }

  /** Every lesson needs a body before the course may be published. */
  private static void writeLessons(Browser browser, String title) {
    writeLesson(browser, "発色と読み取り", "<p>試薬を入れると遊離残留塩素に応じて桃色に発色します。</p>");
    browser.click(By.linkText("DPD法"));
    writeLesson(browser, "試薬の入れ方", "<p>試料10mLにDPD試薬を1包入れて混ぜます。</p>");
    browser.click(By.linkText(title));
    browser.click(By.linkText("記録と報告"));
    addLesson(browser, "記録用紙の書き方");
    writeLesson(browser, "記録用紙の書き方", "<p>測定時刻と測定値を記録します。</p>");
    browser.click(By.linkText(title));
  }

  private static void createCourse(Browser browser, String code, String title, String skill) {
    browser
        .open("/courses/authoring/index.xhtml")
        .fill("create:code", code)
        .fill("create:title", title)
        .submit("create:createCourse");
    browser.fill("course:skills", "josui.residual-chlorine:2, " + skill + ":2");
    browser.clickAndAwait("course:save", "course:messages", "講座を保存しました");
    assertThat(browser.text(By.cssSelector(".skill-names"))).contains("残留塩素", skill);
    assertThat(browser.pageText()).contains("スキル「" + skill + "」に名前がありません");
  }

  /**
   * A skill nobody has named shows its id with a link to the skills page, which opens with the id
   * filled in; an empty name is refused, a Japanese and an English name are stored, and the course
   * editor then shows the name.
   */
  private static void nameNewSkill(Browser browser, String skill, String title) {
    browser.click(By.cssSelector(".skill-names .skill-unnamed"));
    assertThat(browser.value("skill:skillId")).isEqualTo(skill);
    browser.submit("skill:save");
    assertThat(browser.text("skill:nameJaMessage")).contains("日本語の名前を入力してください。");

    browser.fill("skill:nameJa", "DPD法の手順").fill("skill:nameEn", "DPD procedure");
    browser.submit("skill:save");
    assertThat(browser.text("skill:messages")).contains("スキル " + skill + " を追加しました。");
    assertThat(browser.text(By.cssSelector("[data-skill='" + skill + "']")))
        .contains("DPD法の手順", "DPD procedure");
    String longId = (skill + "-" + "x".repeat(100)).substring(0, 100);
    browser.open("/courses/authoring/skills.xhtml").fill("skill:skillId", longId);
    browser.fill("skill:nameJa", "長いIDのスキル").submit("skill:save");
    Object fits =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var t = document.getElementById('skillTable');"
                    + " return t.scrollWidth <= t.parentElement.clientWidth;");
    assertThat(fits).as("the skill table fits its card").isEqualTo(true);

    browser.click(By.linkText("講座の作成・編集")).click(By.linkText(title));
    assertThat(browser.text(By.cssSelector(".skill-names")))
        .contains("残留塩素", "DPD法の手順")
        .doesNotContain(skill);
  }

  /**
   * Three units put in order with the buttons (up, down) and by dragging the last row to the top; a
   * reload shows what was stored, not what the browser moved.
   */
  private static void orderUnits(Browser browser) {
    for (String unit : List.of("測定の準備", "DPD法", "記録と報告")) {
      browser.fill("units:newUnit", unit);
      browser.clickAndAwait("units:addUnit", UNITS, unit);
    }
    browser.click(By.cssSelector("[data-move-up='2']"));
    awaitOrder(browser, UNITS, "DPD法", "測定の準備", "記録と報告");

    dragRow(browser, UNITS, "記録と報告", "DPD法");
    browser.driver().navigate().refresh();
    awaitOrder(browser, UNITS, "記録と報告", "DPD法", "測定の準備");

    browser.click(By.cssSelector("[data-move-down='1']"));
    awaitOrder(browser, UNITS, "DPD法", "記録と報告", "測定の準備");
    browser.driver().navigate().refresh();
    awaitOrder(browser, UNITS, "DPD法", "記録と報告", "測定の準備");
  }

  /** The same for a unit's lessons, dragging the first row down this time. */
  private static void orderLessons(Browser browser) {
    addLesson(browser, "発色と読み取り");
    addLesson(browser, "試薬の入れ方");
    dragRow(browser, LESSONS, "発色と読み取り", "試薬の入れ方");
    browser.driver().navigate().refresh();
    awaitOrder(browser, LESSONS, "試薬の入れ方", "発色と読み取り");

    browser.click(By.cssSelector("[data-move-up='2']"));
    awaitOrder(browser, LESSONS, "発色と読み取り", "試薬の入れ方");
    browser.click(By.cssSelector("[data-move-down='1']"));
    awaitOrder(browser, LESSONS, "試薬の入れ方", "発色と読み取り");
    browser.driver().navigate().refresh();
    awaitOrder(browser, LESSONS, "試薬の入れ方", "発色と読み取り");
  }

  private static void addLesson(Browser browser, String lesson) {
    browser.fill("lessons:newLesson", lesson);
    browser.clickAndAwait("lessons:addLesson", LESSONS, lesson);
  }

  private static void writeLesson(Browser browser, String lesson, String body) {
    browser.click(By.linkText(lesson));
    browser.fill("lesson:body", body);
    browser.clickAndAwait("lesson:save", "lesson:messages", "レッスンを保存しました");
  }

  /**
   * Drags the row that links to {@code moved} by its number cell onto the row of {@code onto}, and
   * waits until the server's answer has replaced the table.
   */
  private static void dragRow(Browser browser, String table, String moved, String onto) {
    WebElement rows = browser.visible(By.id(table + "_data"));
    browser.drag(numberCell(table, moved), numberCell(table, onto));
    new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.stalenessOf(rows));
  }

  private static By numberCell(String table, String title) {
    return By.xpath(
        "//tbody[@id='" + table + "_data']/tr[.//a[normalize-space(.)='" + title + "']]/td[1]");
  }

  private static void awaitOrder(Browser browser, String table, String... titles) {
    By links = By.cssSelector("[id='" + table + "_data'] a");
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> texts(d.findElements(links)).equals(List.of(titles)));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(e -> e.getText().strip()).toList();
  }

  /** The author's preview shows the course as a learner will see it. */
  private static void previewAsLearner(Browser browser) {
    browser.click(By.id("preview"));
    assertThat(browser.text("previewNotice")).contains("プレビュー");
    assertCourseOrder(browser);
  }

  private static void assertCourseOrder(Browser browser) {
    List<WebElement> units = browser.driver().findElements(By.cssSelector(".course-unit h2"));
    assertThat(texts(units)).containsExactly("第1単元　DPD法", "第2単元　記録と報告");
    List<WebElement> lessons =
        browser.driver().findElements(By.cssSelector("[data-unit='1'] .course-lessons a"));
    assertThat(texts(lessons)).containsExactly("試薬の入れ方", "発色と読み取り");
  }

  private static void removeUnit(Browser browser, String unit) {
    browser.click(
        By.xpath("//tr[.//a[normalize-space(.)='" + unit + "']]//button[normalize-space(.)='削除']"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id(UNITS), unit)));
  }
}
