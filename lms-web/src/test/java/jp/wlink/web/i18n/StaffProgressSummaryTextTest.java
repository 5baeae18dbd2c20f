package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The officer table's summary line reads as English for one enrolment and for several. */
class StaffProgressSummaryTextTest {

  private static String summary(int staff, int enrolments, int completed, int attention) {
    String pattern = Bundles.load("en").getProperty("progress.summary");
    return new MessageFormat(pattern, Locale.ENGLISH)
        .format(new Object[] {staff, enrolments, completed, attention});
  }

  @Test
  void oneEnrolmentIsSingularAndSeveralArePlural() {
    assertThat(summary(1, 1, 0, 1))
        .isEqualTo("1 staff, 1 enrolment (0 completed, 1 needs attention)");
    assertThat(summary(3, 12, 2, 0))
        .isEqualTo("3 staff, 12 enrolments (2 completed, 0 need attention)");
    assertThat(summary(0, 0, 0, 2))
        .isEqualTo("0 staff, 0 enrolments (0 completed, 2 need attention)");
  }
}
