package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles are enforced on the server: a student cannot reach administration pages. A page that needs
 * a login sends a visitor to the login page and, once logged in, back to that page. An address
 * whose parameter is not a number is a page not found, never a server error.
 */
@ExtendWith(BrowserExtension.class)
class AccessJourneyIT {
  @Test
  void studentIsRefusedTheAdministrationPages(Browser browser, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(browser, wlink, Members.newHandle(), "就活生");
    Members.logIn(browser, email);

    browser.open("/admin/accounts.xhtml");
    assertThat(browser.text("errorHeading")).isEqualTo("このページを表示する権限がありません");
    assertThat(browser.pageText()).doesNotContain("アカウント管理");

    browser.open("/org-admin/members.xhtml");
    assertThat(browser.text("errorHeading")).isEqualTo("このページを表示する権限がありません");

    for (String malformed : List.of("/courses/course.xhtml?id=abc", "/courses/lesson.xhtml?id=x")) {
      browser.open(malformed);
      assertThat(browser.text("errorHeading")).isEqualTo("ページが見つかりません");
    }
  }

  @Test
  void returnsToTheAskedPageAfterLoggingIn(Browser browser, RunningWlink wlink) throws Exception {
    String email = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");

    browser.open("/account/profile.xhtml?from=mail");
    assertThat(browser.path()).isEqualTo("/login.xhtml");
    browser
        .fill("login:email", email)
        .fill("login:password", Members.PASSWORD)
        .submit("login:submit");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/account/profile.xhtml?from=mail");
    browser.submit("headerForm:logout");
    Members.logIn(browser, email);
    assertThat(browser.path()).isEqualTo("/dashboard.xhtml");
  }
}
