package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Brings new members into W/LINK the way a person does: through the pages and the mail. */
final class Members {
  static final String PASSWORD = "Jousui-Kanro-2026!";

  private Members() {}

  static String newHandle() {
    return "suido_" + UUID.randomUUID().toString().substring(0, 8);
  }

  static void register(Browser browser, String email, String handle, String roleLabel) {
    browser
        .open("/register.xhtml")
        .fill("register:email", email)
        .fill("register:handle", handle)
        .fill("register:password", PASSWORD)
        .fill("register:passwordConfirm", PASSWORD)
        .chooseRadio("register:role", roleLabel)
        .submit("register:submit");
  }

  /** Registers, opens the link from the verification mail, and returns the email address. */
  static String registerAndVerify(
      Browser browser, RunningWlink wlink, String handle, String roleLabel) throws Exception {
    String email = handle + "@example.jp";
    register(browser, email, handle, roleLabel);
    assertThat(browser.text("registered")).contains("確認メールをご確認ください");

    browser.openUrl(new Inbox(wlink.mail(), email).awaitLink("メールアドレス確認"));
    assertThat(browser.text("verified")).contains("メールアドレスを確認しました");
    return email;
  }

  static void logIn(Browser browser, String email) {
    browser
        .open("/login.xhtml")
        .fill("login:email", email)
        .fill("login:password", PASSWORD)
        .submit("login:submit");
  }
}
