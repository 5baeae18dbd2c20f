package jp.wlink.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemsTest {
  @Test
  void writesTheTitleInJapaneseByDefault() {
    Problem problem =
        Problems.in(Locale.JAPANESE).describe(ProblemType.UNAUTHORIZED, 401, "/api/v1/me");

    assertThat(problem.type()).isEqualTo("https://wlink.jp/problems/unauthorized");
    assertThat(problem.title()).isEqualTo("ログインが必要です");
    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.instance()).isEqualTo("/api/v1/me");
    assertThat(problem.errors()).isNull();
  }

  @Test
  void writesTheTitleInEnglishWhenAsked() {
    Problem problem =
        Problems.in(Locale.ENGLISH).describe(ProblemType.FORBIDDEN, 403, "/api/v1/accounts");

    assertThat(problem.title()).isEqualTo("You do not have permission to do this");
  }

  @Test
  void fillsDetailArgumentsInTheCallersLanguage() {
    Problem locked =
        Problems.in(Locale.JAPANESE).describe(ProblemType.LOGIN_LOCKED, 429, "/api/v1/session", 3);

    assertThat(locked.detail()).contains("約3分後");
  }

  @Test
  void keepsFieldErrorsOfInvalidInput() {
    List<Problem.FieldError> errors = List.of(new Problem.FieldError("locale", "ja or en"));

    Problem problem =
        Problems.in(Locale.ENGLISH).describe(ProblemType.INVALID_INPUT, 400, "/api/v1/me", errors);

    assertThat(problem.errors()).containsExactly(new Problem.FieldError("locale", "ja or en"));
  }

  @Test
  void translatesAConstraintMessageThatIsABundleKeyAndKeepsAnyOtherText() {
    Problems english = Problems.in(Locale.ENGLISH);

    assertThat(english.textOr("api.locale.unsupported", "fallback")).contains("ja (Japanese)");
    assertThat(english.textOr("must not be null", "must not be null"))
        .isEqualTo("must not be null");
  }

  @ParameterizedTest
  @EnumSource(ProblemType.class)
  void hasATitleAndDetailForEveryTypeInBothLanguages(ProblemType type) {
    Stream.of(Locale.JAPANESE, Locale.ENGLISH)
        .forEach(
            locale ->
                assertThatCode(() -> Problems.in(locale).describe(type, type.status(), "/", 1))
                    .as(type + " in " + locale)
                    .doesNotThrowAnyException());
  }
}
