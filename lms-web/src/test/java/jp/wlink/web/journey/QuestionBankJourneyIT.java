package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author imports a question file: sees the row of an error, fixes the file, reads the preview
 * with its counts and duplicate, confirms; then finds a question by a Japanese search and edits it
 * while the preview follows.
 */
@ExtendWith(BrowserExtension.class)
class QuestionBankJourneyIT {
  private static final Duration IMPORT = Duration.ofSeconds(60);
  private static final String HEADER = "種類,カテゴリ,問題名,問題文,正解,選択肢1,選択肢2,選択肢3\r\n";
  private static final String FIRST =
      "単一選択,浄水 / 消毒,DPD法,ＤＰＤ法で残留塩素を測るとき、色の変化を見る試薬はどれですか。,1,DPD,BTB,フェノールフタレイン\r\n";
  private static final String BROKEN = "単一選択,浄水 / 消毒,基準値,遊離残留塩素の基準値はどれですか。,,,,\r\n";
  private static final String FIXED =
      "単一選択,浄水 / 消毒,基準値,遊離残留塩素の基準値はどれですか。,1,0.1mg/L以上,0.4mg/L以上,1mg/L以上\r\n";
  private static final String TRUE_FALSE = "正誤,沈砂池,沈砂池,沈砂池では砂を沈めます。,○,,,\r\n";

  @Test
  void importsAFileAfterFixingItsErrorThenFindsAndEditsAQuestion(Browser author, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(author, wlink, Members.newHandle(), "若手職員");
    wlink.grantRole(email, "HOST");
    Members.logIn(author, email);

    upload(author, csv("broken", HEADER + FIRST + BROKEN));
    awaitText(author, "importer:problems", "3");
    assertThat(author.text("importer:problemNotice")).contains("取り込めません");
    assertThat(author.driver().findElement(By.id("importer:confirm")).isEnabled()).isFalse();

    upload(author, csv("fixed", HEADER + FIRST + FIXED + FIRST + TRUE_FALSE));
    awaitText(author, "importer:summary", "4問、うち重複1問");
    assertThat(author.text("importer:byType")).contains("単一選択").contains("3").contains("正誤");
    assertThat(author.text("importer:byCategory")).contains("浄水 / 消毒");
    assertThat(author.text("importer:staged")).contains("ファイル内で重複");

    author.clickAndAwait("importer:confirm", "importer:committed", "3問を取り込みました");

    author.open("/questions/index.xhtml").fill("questionList:text", "dpd 残留塩素");
    author.click(By.id("questionList:search"));
    new WebDriverWait(author.driver(), IMPORT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> onlyFound(d.findElement(By.id("questionList:questions")).getText()));

    author.click(By.linkText("DPD法"));
    author.fill("editor:stem", "遊離残留塩素をＤＰＤ法で測る試薬はどれですか。");
    author.click(By.id("editor:name"));
    awaitText(author, "editor:preview", "遊離残留塩素をＤＰＤ法で測る");
    author.clickAndAwait("editor:save", "editor:messages", "保存しました");
  }

  /** The Japanese search found the DPD question (full-width ＤＰＤ in the file) and only it. */
  private static boolean onlyFound(String table) {
    return table.contains("DPD法") && !table.contains("基準値") && !table.contains("沈砂池");
  }

  private static void upload(Browser author, Path file) {
    author.open("/questions/import.xhtml");
    author
        .driver()
        .findElement(By.cssSelector("[id='importer:file'] input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private static void awaitText(Browser browser, String id, String words) {
    new WebDriverWait(browser.driver(), IMPORT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), words));
  }

  private static Path csv(String name, String content) throws Exception {
    Path folder = Files.createDirectories(Path.of("target/test-out/question-files"));
    return Files.writeString(folder.resolve(name + ".csv"), content, StandardCharsets.UTF_8);
  }
}
