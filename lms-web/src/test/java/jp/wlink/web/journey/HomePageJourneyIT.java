package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(BrowserExtension.class)
class HomePageJourneyIT {
  @Test
  void visitorSeesJapaneseHomePageAndCanReadItInEnglish(Browser browser) {
    browser.open("/");

    assertThat(browser.text("homeHeading")).isEqualTo("水のインフラを支える人を、つなぐ。");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("ja");

    browser.submit("headerForm:langEn");

    assertThat(browser.text("homeHeading"))
        .isEqualTo("Connecting the people who keep water flowing.");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("en");
  }

  @Test
  void memberWhoChoseEnglishSeesTheExamListInEnglish(Browser browser, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    Members.logIn(browser, email);
    browser.open("/exams/index.xhtml").submit("headerForm:langEn");

    assertThat(browser.pageText())
        .contains("Sewerage Technology Examination, Class 3")
        .doesNotContain("下水道技術検定 第3種");
  }

  @Test
  void visitorIsSentToLoginForAMembersPage(Browser browser) {
    browser.open("/dashboard.xhtml");

    assertThat(browser.path()).isEqualTo("/login.xhtml");
    assertThat(browser.visible(By.id("login:email")).isDisplayed()).isTrue();
  }
}
