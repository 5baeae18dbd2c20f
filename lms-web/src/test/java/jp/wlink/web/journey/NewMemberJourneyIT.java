package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A young engineer joins W/LINK: registers, verifies the address, logs in and settles in. */
@ExtendWith(BrowserExtension.class)
class NewMemberJourneyIT {
  @Test
  void newMemberRegistersVerifiesLogsInEditsProfileAndSwitchesLanguage(
      Browser browser, RunningWlink wlink) throws Exception {
    String handle = Members.newHandle();
    String email = Members.registerAndVerify(browser, wlink, handle, "若手職員");

    Members.logIn(browser, email);
    assertThat(browser.text("dashboardHeading")).isEqualTo(handle + "さん、ようこそ");
    browser.open("/register.xhtml");
    assertThat(browser.path()).isEqualTo("/dashboard.xhtml");

    browser
        .open("/account/profile.xhtml")
        .fill("profile:realName", "水野 花子")
        .choose("profile:prefecture", "神奈川県")
        .fill("profile:years", "3")
        .clickAndAwait("profile:save", "profile:messages", "プロフィールを保存しました");
    browser.open("/account/profile.xhtml");
    assertThat(browser.value("profile:years")).isEqualTo("3");
    assertThat(browser.text("profile:prefecture")).contains("神奈川県");

    browser.submit("headerForm:langEn");
    assertThat(browser.pageText()).contains("Save").doesNotContain("保存する");

    browser.submit("headerForm:logout");
    assertThat(browser.text("homeHeading"))
        .isEqualTo("Connecting the people who keep water flowing.");
    Members.logIn(browser, email);
    assertThat(browser.text("dashboardHeading")).isEqualTo("Welcome, " + handle);
  }

  @Test
  void badRegistrationShowsTheReasonNextToTheFieldAndKeepsWhatWasTyped(Browser browser) {
    String handle = Members.newHandle();

    browser
        .open("/register.xhtml")
        .fill("register:email", handle + "@example.jp")
        .fill("register:handle", handle)
        .fill("register:password", "password123")
        .fill("register:passwordConfirm", "password123")
        .chooseRadio("register:role", "就活生")
        .submit("register:submit");

    By besidePassword =
        By.xpath(
            "//*[@id='register:password']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
    assertThat(browser.text(besidePassword)).contains("よく使われているパスワード");
    assertThat(browser.value("register:email")).isEqualTo(handle + "@example.jp");
    assertThat(browser.value("register:handle")).isEqualTo(handle);
    assertThat(browser.has(By.id("registered"))).isFalse();
  }
}
