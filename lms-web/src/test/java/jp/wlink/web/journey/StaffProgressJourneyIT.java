package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.wlink.web.testing.ProgressSeed;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A training officer enrols their staff from a CSV list (one row unknown, one a duplicate, both
 * shown with their row numbers and left out), follows their progress, and downloads it as Excel; a
 * learner who completed the course shows their certificate, which anyone can check by its code.
 */
@ExtendWith(BrowserExtension.class)
class StaffProgressJourneyIT {
  private static final Duration DOWNLOAD = Duration.ofSeconds(30);
  private static final String COURSE = "浄水処理の基礎（研修）";

  @Test
  void anOfficerEnrolsStaffFromAListFollowsThemAndExportsExcel(Browser officer, RunningWlink wlink)
      throws Exception {
    String officerEmail = Members.registerAndVerify(officer, wlink, Members.newHandle(), "若手職員");
    String sato = Members.newHandle();
    String suzuki = Members.newHandle();
    List<String> staff = new ArrayList<>();
    staff.add(Members.registerAndVerify(officer, wlink, sato, "若手職員"));
    staff.add(Members.registerAndVerify(officer, wlink, suzuki, "若手職員"));
    String code;
    try (ProgressSeed seed = ProgressSeed.into(wlink.jdbcUrl())) {
      long organisation = seed.organisationOf(officerEmail, "みなと市水道局");
      seed.approvedStaff(staff.get(0), organisation, "佐藤 花子");
      seed.approvedStaff(staff.get(1), organisation, "鈴木 一郎");
      long course = seed.publishedCourse(officerEmail, COURSE, List.of("水源", "凝集", "ろ過"));
      Members.logIn(officer, officerEmail);

      enrolFromList(officer, staff, course);
      code = seed.completeCourse(staff.get(0), course);
    }

    officer.open("/org-admin/progress.xhtml");
    assertThat(officer.text("summary")).contains("職員 2 人", "修了 1 件");
    assertThat(officer.text("officer:table")).contains(sato, suzuki, COURSE, "100%");
    assertThat(exportedRows(officer))
        .containsExactlyInAnyOrder(
            List.of(sato, staff.get(0), COURSE, "修了", "100", "3", "3"),
            List.of(suzuki, staff.get(1), COURSE, "受講中", "0", "0", "3"));

    changeDeadlineOf(officer, suzuki);

    officer.open("/certificates/verify?code=" + code.toLowerCase(java.util.Locale.ROOT));
    assertThat(officer.text("verdict")).contains("有効な修了証です");
    assertThat(officer.text("holder")).isEqualTo("佐藤 花子");
    assertThat(officer.text("course")).isEqualTo(COURSE);
    officer.open("/certificates/verify?code=2222-3333-4444");
    assertThat(officer.text("notFound")).contains("見つかりません");

    officer.open("/org-admin/learner.xhtml?organisation=abc");
    assertThat(officer.text("errorHeading")).isEqualTo("ページが見つかりません");
    assertThat(officer.pageText()).doesNotContain("null");
  }

  private static void enrolFromList(Browser officer, List<String> staff, long courseId)
      throws Exception {
    String csv =
        "メールアドレス,期限\r\n"
            + staff.get(0)
            + ",2099/03/31\r\n"
            + "nobody-"
            + Members.newHandle()
            + "@example.jp,\r\n"
            + staff.get(1)
            + ",\r\n"
            + staff.get(0).toUpperCase(java.util.Locale.ROOT)
            + ",\r\n";
    Path folder = Files.createDirectories(Path.of("target/test-out/enrol-files"));
    Path file = folder.resolve("staff.csv");
    Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("windows-31j")));

    officer.open("/org-admin/enrol.xhtml?course=" + courseId);
    // The ways to enrol appear once the server has the course.
    new WebDriverWait(officer.driver(), DOWNLOAD)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("enrol:file")));
    officer
        .driver()
        .findElement(By.cssSelector("[id='enrol:file'] input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    new WebDriverWait(officer.driver(), DOWNLOAD)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewCounts")));
    assertThat(officer.text("previewCounts")).contains("登録できる行 2 件", "登録できない行 2 件");
    assertThat(officer.text("enrol:lines"))
        .contains("3 行目: このメールアドレスの会員は W/LINK にいません", "5 行目: 同じメールアドレスが前の行にもあります");
    officer.clickAndAwait("enrol:confirm", "enrol:messages", "2 人を「" + COURSE + "」に登録しました");
  }

  /** Opens one learner's detail from the table and moves their deadline. */
  private static void changeDeadlineOf(Browser officer, String handle) {
    officer.click(By.linkText(handle));
    assertThat(officer.pageText())
        .contains(
            handle + " さんの学習状況",
            COURSE,
            "期限はありません",
            "現在のレベル：1（初級）",
            "学習の目標（受験する資格と試験日）は設定されていません。");
    officer.fill(deadlineField(officer), "2099/12/31");
    officer.click(By.xpath("//button[contains(@id,'changeDeadline')]"));
    new WebDriverWait(officer.driver(), DOWNLOAD)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("detail:messages"), "期限を変更しました"));
    assertThat(officer.pageText()).contains("2099/12/31");
    officer.submit("headerForm:langEn");
    assertThat(officer.pageText()).contains(handle, COURSE, "2099/12/31");
    officer.submit("headerForm:langJa");
    String url = officer.driver().getCurrentUrl();
    officer.openUrl(url.replaceFirst("learner=\\d+", "learner=999999999"));
    assertThat(officer.text("errorHeading")).isEqualTo("ページが見つかりません");
  }

  private static String deadlineField(Browser officer) {
    return officer.visible(By.xpath("//input[contains(@id,'deadline_input')]")).getAttribute("id");
  }

  /** Clicks the download and reads the workbook back: each data row's first seven cells. */
  private static List<List<String>> exportedRows(Browser officer) throws Exception {
    Path downloads = Files.createDirectories(Path.of("target/test-out/downloads"));
    Path dir = Files.createTempDirectory(downloads, "progress");
    ((ChromiumDriver) officer.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.<String, Object>of(
                "behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    officer.click(By.id("officer:download"));
    Path workbook = new WebDriverWait(officer.driver(), DOWNLOAD).until(d -> finished(dir));

    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ハンドル名");
      DataFormatter format = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
          cells.add(format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static Path finished(Path dir) {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
