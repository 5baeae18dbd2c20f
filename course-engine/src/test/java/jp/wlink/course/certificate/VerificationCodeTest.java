package jp.wlink.course.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
  @Test
  void readsATypedCodeWithoutRegardToCaseWidthOrSeparators() {
    assertThat(VerificationCode.parse(" 7kq2 mx9d ４ｈｔｐ "))
        .contains(new VerificationCode("7KQ2-MX9D-4HTP"));
    assertThat(VerificationCode.parse("7KQ2MX9D4HTP"))
        .contains(new VerificationCode("7KQ2-MX9D-4HTP"));
  }

  @Test
  void refusesWhatCannotBeACode() {
    assertThat(VerificationCode.parse("7KQ2-MX9D-4HT0")).isEmpty();
    assertThat(VerificationCode.parse("7KQ2-MX9D")).isEmpty();
    assertThat(VerificationCode.parse(null)).isEmpty();
  }

  @Test
  void randomCodesAreWellFormedAndDiffer() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(VerificationCode.random().value());
    }

    assertThat(codes).hasSize(1000);
    assertThat(codes).allMatch(code -> VerificationCode.parse(code).isPresent());
  }
}
