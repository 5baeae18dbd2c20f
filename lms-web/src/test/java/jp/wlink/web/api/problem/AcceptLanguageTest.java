package jp.wlink.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {
  @Test
  void answersInJapaneseWhenTheCallerStatesNoLanguage() {
    assertThat(AcceptLanguage.choose(null)).isEqualTo(Locale.JAPANESE);
    assertThat(AcceptLanguage.choose(" ")).isEqualTo(Locale.JAPANESE);
    assertThat(AcceptLanguage.choose("*")).isEqualTo(Locale.JAPANESE);
  }

  @Test
  void answersInEnglishForAnyEnglishVariant() {
    assertThat(AcceptLanguage.choose("en")).isEqualTo(Locale.ENGLISH);
    assertThat(AcceptLanguage.choose("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void followsTheCallersPreferenceOrder() {
    assertThat(AcceptLanguage.choose("ja,en;q=0.8")).isEqualTo(Locale.JAPANESE);
    assertThat(AcceptLanguage.choose("ja;q=0.5,en")).isEqualTo(Locale.ENGLISH);
    assertThat(AcceptLanguage.choose("fr-FR,en;q=0.5")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void answersInJapaneseForUnsupportedOrMalformedHeaders() {
    assertThat(AcceptLanguage.choose("fr, de")).isEqualTo(Locale.JAPANESE);
    assertThat(AcceptLanguage.choose("en;q=abc")).isEqualTo(Locale.JAPANESE);
  }
}
