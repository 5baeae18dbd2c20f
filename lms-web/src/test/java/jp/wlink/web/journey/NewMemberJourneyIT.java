package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A young engineer joins W/LINK: registers, verifies the address, logs in and settles in. */
@ExtendWith(BrowserExtension.class)
class NewMemberJourneyIT {
  private static final String PASSWORD = "Jousui-Kanro-2026!";

  @Test
  void newMemberRegistersVerifiesLogsInEditsProfileAndSwitchesLanguage(
      Browser browser, RunningWlink wlink) throws Exception {
    String handle = "suido_" + UUID.randomUUID().toString().substring(0, 6);
    String email = handle + "@example.jp";

    register(browser, email, handle);
    assertThat(browser.text("registered")).contains("確認メールをご確認ください");

    String link = new Inbox(wlink.mail(), email).awaitLink("メールアドレス確認");
    browser.openUrl(link);
    assertThat(browser.text("verified")).contains("メールアドレスを確認しました");

    logIn(browser, email);
    assertThat(browser.text("dashboardHeading")).contains(handle);

    editProfile(browser);
    assertThat(browser.pageText()).contains("プロフィールを保存しました");

    browser.submit("headerForm:langEn");
    assertThat(browser.text("dashboardHeadingLink")).isNotEmpty();
  }

  private static void register(Browser browser, String email, String handle) {
    browser
        .open("/register.xhtml")
        .fill("register:email", email)
        .fill("register:handle", handle)
        .fill("register:password", PASSWORD)
        .fill("register:passwordConfirm", PASSWORD)
        .click(By.cssSelector("label[for='register:role:1']"))
        .submit("register:submit");
  }

  static void logIn(Browser browser, String email) {
    browser
        .open("/login.xhtml")
        .fill("login:email", email)
        .fill("login:password", PASSWORD)
        .submit("login:submit");
  }

  private static void editProfile(Browser browser) {
    browser.open("/account/profile.xhtml").fill("profile:years", "3").submit("profile:save");
  }
}
