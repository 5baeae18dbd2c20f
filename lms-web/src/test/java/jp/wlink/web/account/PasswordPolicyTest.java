package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private static final String EMAIL = "taro.suido@example.jp";
  private static final String HANDLE = "水道太郎";

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongAsciiPassphrase() {
    assertThat(policy.check("pumps hum under the quiet river bank", EMAIL, HANDLE)).isEmpty();
  }

  @Test
  void acceptsAJapanesePassphrase() {
    assertThat(policy.check("浄水場の朝は塩素の匂いがする", EMAIL, HANDLE)).isEmpty();
  }

  @Test
  void countsJapaneseCharactersNotBytes() {
    assertThat(policy.check("すいどうのしごと", EMAIL, HANDLE)).contains(PasswordRefusal.TOO_SHORT);
    assertThat(policy.check("すいどうかんのこうしん", EMAIL, HANDLE)).isEmpty();
  }

  @Test
  void refusesFewerThanTenCharacters() {
    assertThat(policy.check("kJ8#mq2Lz", EMAIL, HANDLE)).contains(PasswordRefusal.TOO_SHORT);
  }

  @Test
  void refusesMoreThan128Characters() {
    String tooLong = "river-pump-valve-".repeat(8);
    assertThat(tooLong).hasSizeGreaterThan(PasswordPolicy.MAX_LENGTH);

    assertThat(policy.check(tooLong, EMAIL, HANDLE)).contains(PasswordRefusal.TOO_LONG);
  }

  @Test
  void acceptsExactly128Characters() {
    String longest = "Kj7#mq2Lzp".repeat(12) + "Wv9!xr4T";
    assertThat(longest).hasSize(PasswordPolicy.MAX_LENGTH);

    assertThat(policy.check(longest, EMAIL, HANDLE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"password123", "qwertyuiop", "1234567890", "1qaz2wsx3edc"})
  void refusesCommonPasswords(String common) {
    assertThat(policy.check(common, EMAIL, HANDLE)).contains(PasswordRefusal.COMMON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD123", "PassWord1234", "Monkey1234"})
  void refusesCommonPasswordsWhateverTheirCase(String common) {
    assertThat(policy.check(common, EMAIL, HANDLE)).contains(PasswordRefusal.COMMON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijk", "aaaaaaaaaaaa", "P@ssw0rd123", "sunshine1999"})
  void refusesPasswordsThatAreQuickToGuess(String guessable) {
    assertThat(policy.check(guessable, EMAIL, HANDLE)).contains(PasswordRefusal.GUESSABLE);
  }

  @Test
  void refusesThePartOfTheEmailBeforeTheAtSignInAnyCase() {
    assertThat(policy.check("my-Taro.Suido-key-2931", EMAIL, HANDLE))
        .contains(PasswordRefusal.CONTAINS_EMAIL);
  }

  @Test
  void refusesTheHandleEvenInFullWidthLetters() {
    assertThat(policy.check("ｍｙ-ＲｉｖｅｒＢａｎｋ-7781", EMAIL, "riverbank"))
        .contains(PasswordRefusal.CONTAINS_HANDLE);
  }

  @Test
  void refusesAJapaneseHandleInsideThePassword() {
    assertThat(policy.check("わたしは水道太郎です2931", EMAIL, HANDLE))
        .contains(PasswordRefusal.CONTAINS_HANDLE);
  }

  @Test
  void ignoresAVeryShortEmailLocalPart() {
    assertThat(policy.check("a quiet pump station at dawn", "at@example.jp", HANDLE)).isEmpty();
  }
}
