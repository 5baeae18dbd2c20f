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
  void visitorIsSentToLoginForAMembersPage(Browser browser) {
    browser.open("/dashboard.xhtml");

    assertThat(browser.path()).isEqualTo("/login.xhtml");
    assertThat(browser.visible(By.id("login:email")).isDisplayed()).isTrue();
  }
}
