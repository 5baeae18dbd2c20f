package jp.wlink.web.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrefectureTest {

  @Test
  void numbersTheFortySevenPrefecturesFromOneToFortySevenInJisOrder() {
    assertThat(Prefecture.values()).hasSize(47);
    for (Prefecture prefecture : Prefecture.values()) {
      assertThat(prefecture.code()).isEqualTo(String.format("%02d", prefecture.ordinal() + 1));
    }
  }

  @Test
  void findsAPrefectureByItsCode() {
    assertThat(Prefecture.byCode("01")).contains(Prefecture.HOKKAIDO);
    assertThat(Prefecture.byCode("13")).contains(Prefecture.TOKYO);
    assertThat(Prefecture.byCode("47")).contains(Prefecture.OKINAWA);
    assertThat(Prefecture.byCode("48")).isEmpty();
  }

  @Test
  void fitsTheDatabaseColumn() {
    assertThat(Arrays.stream(Prefecture.values()).map(Enum::name))
        .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(20));
  }
}
