package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillNumbersTest {
  @Test
  void numbersSkillsInTheOrderFirstSeenAndKeepsTheirNumbers() {
    SkillNumbers numbers = new SkillNumbers();

    assertThat(numbers.number("凝集")).isZero();
    assertThat(numbers.number("ろ過")).isEqualTo(1);
    assertThat(numbers.number("凝集")).isZero();

    assertThat(numbers.id(1)).isEqualTo("ろ過");
    assertThat(numbers.find("消毒")).isEmpty();
    assertThat(numbers.ids()).containsExactly("凝集", "ろ過");
  }
}
