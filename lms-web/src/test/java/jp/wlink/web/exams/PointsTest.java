package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointsTest {

  @Test
  void roundsAScoreToOneDecimalPlace() {
    assertThat(Points.format(4.617, Locale.JAPANESE)).isEqualTo("4.6");
    assertThat(Points.format(4.65, Locale.ENGLISH)).isEqualTo("4.7");
    assertThat(Points.format(2.0 / 3, Locale.JAPANESE)).isEqualTo("0.7");
  }

  @Test
  void writesAWholeScoreWithoutDecimals() {
    assertThat(Points.format(9.0, Locale.JAPANESE)).isEqualTo("9");
    assertThat(Points.format(4.96, Locale.ENGLISH)).isEqualTo("5");
    assertThat(Points.format(-0.01, Locale.ENGLISH)).isEqualTo("0");
  }

  @Test
  void roundsOnlyTheScoresAmongMessageArguments() {
    assertThat(Points.argument(4.617, Locale.JAPANESE)).isEqualTo("4.6");
    assertThat(Points.argument(9, Locale.JAPANESE)).isEqualTo(9);
    assertThat(Points.argument("水質管理", Locale.JAPANESE)).isEqualTo("水質管理");
  }
}
