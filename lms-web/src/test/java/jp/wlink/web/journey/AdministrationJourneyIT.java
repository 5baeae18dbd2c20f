package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator disables a member, and the member's open session ends at the next click; an
 * administrator refits the learner model and is told how it went.
 */
@ExtendWith(BrowserExtension.class)
class AdministrationJourneyIT {
  @Test
  void disablingAnAccountEndsItsOpenSessionAndRefusesTheNextLogin(
      Browser member, RunningWlink wlink) throws Exception {
    String memberHandle = Members.newHandle();
    String memberEmail = Members.registerAndVerify(member, wlink, memberHandle, "就活生");
    Members.logIn(member, memberEmail);
    assertThat(member.path()).isEqualTo("/dashboard.xhtml");

    try (Browser admin = secondBrowser(wlink)) {
      String adminEmail = Members.registerAndVerify(admin, wlink, Members.newHandle(), "若手職員");
      wlink.grantRole(adminEmail, "ADMIN");
      Members.logIn(admin, adminEmail);
      disable(admin, memberHandle);
    }

    member.open("/dashboard.xhtml");
    assertThat(member.path()).isEqualTo("/login.xhtml");
    Members.logIn(member, memberEmail);
    assertThat(member.pageText()).contains("メールアドレスまたはパスワードが正しくありません");
  }

  @Test
  void anAdministratorRefitsTheLearnerModelAndSeesTheOutcome(Browser admin, RunningWlink wlink)
      throws Exception {
    String adminEmail = Members.registerAndVerify(admin, wlink, Members.newHandle(), "若手職員");
    wlink.grantRole(adminEmail, "ADMIN");
    Members.logIn(admin, adminEmail);

    admin
        .open("/admin/blueprints.xhtml")
        .clickAndAwait("learnerModel:fit", "learnerModel:fitMessages", "件");

    String text = admin.pageText();
    assertThat(text).contains("学習者モデル");
    assertThat(text.contains("再学習に必要な200件に足りません") || text.contains("件の回答から学習しました"))
        .as("the refit's outcome is shown: %s", text)
        .isTrue();
  }

  private static void disable(Browser admin, String handle) {
    admin
        .open("/admin/accounts.xhtml")
        .fill("accountAdmin:filterText", handle)
        .clickAndAwait("accountAdmin:search", "accountAdmin:accounts", handle)
        .clickAndAwait("accountAdmin:accounts:0:manage", "accountAdmin:accountDetail", handle)
        .clickAndAwait("accountAdmin:disable", "accountAdmin:messages", "アカウントを停止しました");
  }

  private static Browser secondBrowser(RunningWlink wlink) throws Exception {
    Path profiles = Files.createDirectories(Path.of("target/test-out/chrome-profiles"));
    return new Browser(wlink, Files.createTempDirectory(profiles, "admin"));
  }
}
