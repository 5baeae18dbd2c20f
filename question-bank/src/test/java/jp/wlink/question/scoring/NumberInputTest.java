package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberInputTest {

  private static NumberInput read(String text) {
    return NumberInput.read(text).orElseThrow();
  }

  @Test
  void readsThousandsSeparatorsAndFullWidthDigits() {
    assertThat(read("50,000").value()).isEqualByComparingTo("50000");
    assertThat(read("５０，０００").value()).isEqualByComparingTo("50000");
    assertThat(read("1,234,567.5").value()).isEqualByComparingTo("1234567.5");
  }

  @Test
  void readsSignsDecimalsAndExponents() {
    assertThat(read("-0.25").value()).isEqualByComparingTo("-0.25");
    assertThat(read("－１．５").value()).isEqualByComparingTo("-1.5");
    assertThat(read("\u22123").value()).isEqualByComparingTo("-3");
    assertThat(read("+.5").value()).isEqualByComparingTo("0.5");
    assertThat(read("7.").value()).isEqualByComparingTo("7");
    assertThat(read("1.5e3").value()).isEqualByComparingTo("1500");
    assertThat(read("2E-3").value()).isEqualByComparingTo("0.002");
    assertThat(read("1.5×10^3").value()).isEqualByComparingTo("1500");
  }

  @Test
  void keepsTheUnitWithOrWithoutASpace() {
    assertThat(read("50,000㎥/日")).isEqualTo(new NumberInput(new BigDecimal("50000"), "m3/日"));
    assertThat(read("50000 m3 / 日").unit()).isEqualTo("m3/日");
    assertThat(read("0.4 ㎎/Ｌ").unit()).isEqualTo("mg/L");
    assertThat(read("5 eV").unit()).isEqualTo("eV");
    assertThat(read("12").hasUnit()).isFalse();
  }

  @Test
  void refusesTextThatDoesNotStartWithANumber() {
    assertThat(NumberInput.read("約50")).isEmpty();
    assertThat(NumberInput.read("")).isEmpty();
    assertThat(NumberInput.read(null)).isEmpty();
    assertThat(NumberInput.read("-")).isEmpty();
  }

  @Test
  void commasOutsideGroupsOfThreeAreNotThousandsSeparators() {
    assertThat(read("1,5").value()).isEqualByComparingTo("1");
    assertThat(read("1,5").unit()).isEqualTo(",5");
  }

  @Test
  void unitKeyIgnoresWidthAndSpaces() {
    assertThat(NumberInput.unitKey(" ｍ３ / 日 ")).isEqualTo(NumberInput.unitKey("㎥/日"));
    assertThat(NumberInput.unitKey("mS/m")).isNotEqualTo(NumberInput.unitKey("ms/m"));
  }
}
