package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deque's axe-core rules for WCAG 2.1 A and AA, run on the pages as Chromium renders them. */
@ExtendWith(BrowserExtension.class)
class AccessibilityJourneyIT {
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @ParameterizedTest
  @ValueSource(strings = {"/", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml"})
  void publicPagesMeetWcag21AA(String path, Browser browser) {
    browser.open(path);

    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());

    assertThat(results.getViolations()).extracting(AccessibilityJourneyIT::describe).isEmpty();
  }

  @Test
  void memberPagesMeetWcag21AA(Browser browser, RunningWlink wlink) throws Exception {
    String email = Members.registerAndVerify(browser, wlink, Members.newHandle(), "若手職員");
    Members.logIn(browser, email);

    for (String path :
        List.of("/dashboard.xhtml", "/account/profile.xhtml", "/account/settings.xhtml")) {
      browser.open(path);
      Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
      assertThat(results.getViolations())
          .as(path)
          .extracting(AccessibilityJourneyIT::describe)
          .isEmpty();
    }
  }

  private static String describe(Rule violation) {
    return violation.getId()
        + ": "
        + violation.getHelp()
        + " "
        + violation.getNodes().size()
        + "x "
        + violation.getNodes().get(0).getTarget();
  }
}
