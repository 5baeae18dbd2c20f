package jp.wlink.web.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {
  private final PersonalDataDetector detector = new PersonalDataDetector();

  /** Asserts that {@code post} holds exactly {@code written} once, found at its own offsets. */
  private void assertFindsOnly(String post, PersonalDataKind kind, String written) {
    int start = post.indexOf(written);

    assertThat(start).as("test data contains %s", written).isNotNegative();
    assertThat(detector.findInText(post))
        .containsExactly(new PersonalDataFinding(kind, start, start + written.length(), written));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "03-1234-5678",
        "045-123-4567",
        "0467-12-3456",
        "01267-2-1234",
        "0120-123-456",
        "0120-12-3456",
        "0800-123-4567",
        "0570-000-123",
        "050-1234-5678",
        "070-1234-5678",
        "080-1234-5678",
        "090-1234-5678",
        "03 1234 5678",
        "090 1234 5678",
        "03(1234)5678",
        "(03)1234-5678",
        "(03) 1234-5678",
        "0312345678",
        "09012345678",
        "090-12345678",
        "03 - 1234 - 5678",
      })
  void findsDomesticPhoneNumbersInTheUsualWritings(String number) {
    assertFindsOnly("お問い合わせは" + number + "までお願いします。", PersonalDataKind.PHONE, number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+81-90-1234-5678",
        "+81 3 1234 5678",
        "+81-3-1234-5678",
        "+81(0)3-1234-5678",
        "+81 (0)90 1234 5678",
        "+819012345678",
        "+81312345678",
      })
  void findsPhoneNumbersWrittenWithTheCountryCode(String number) {
    assertFindsOnly("海外からは " + number + " にかけてください", PersonalDataKind.PHONE, number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "０９０－１２３４－５６７８",
        "０９０ー１２３４ー５６７８",
        "０３‐１２３４‐５６７８",
        "０３−１２３４−５６７８",
        "０４５―１２３―４５６７",
        "０３（１２３４）５６７８",
        "０９０　１２３４　５６７８",
        "０１２０－１２３－４５６",
        "＋８１－９０－１２３４－５６７８",
        "０９０-1234-５６７８",
        "09012345678",
        "０９０１２３４５６７８",
      })
  void findsPhoneNumbersInFullWidthDigitsAndDashesAtTheirOriginalOffsets(String number) {
    assertFindsOnly("携帯は" + number + "です（夜間のみ）。", PersonalDataKind.PHONE, number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "点検日は2026-12-04です。",
        "提出は2026/12/04まで、令和8年12月4日の朝礼で共有します。",
        "作業時間は09:30-17:30、休憩は12:00です。",
        "配水量は50,000㎥/日、最大で123,456㎥/日でした。",
        "事務所は〒100-0001 東京都千代田区にあります。",
        "札幌事務所は〒060-0001です。",
        "システムはver 1.2.3から2.0.10に更新しました。",
        "問題番号Q12-345と問03-12の解説をお願いします。",
        "管径はφ150、延長は1234.5678mです。",
        "流量計の積算値は0.0012345678から12345678901まで増えました。",
        "残留塩素は0.4mg/L、濁度は0.05度でした。",
        "契約番号は2026-0001-1234です。",
        "受付時間は0900-1700です。",
        "測定値01234567890123を記録しました。",
        "配水池の容量は03-12の区画で1,200m3です。",
        "平成30年4月1日から0.5%値上げしました。",
        "資料の12ページ、図3-2-1を見てください。",
      })
  void leavesDatesAmountsCodesAndMeasurementsAlone(String sentence) {
    assertThat(detector.findInText(sentence)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "taro.yamada@example.co.jp",
        "suido+bukai@city.example.lg.jp",
        "k_sato-2026@example.com",
      })
  void findsOrdinaryEmailAddresses(String address) {
    assertFindsOnly("質問は" + address + "まで送ってください。", PersonalDataKind.EMAIL, address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        "taro＠example．jp",
        "taro@example．co．jp",
      })
  void findsEmailAddressesTypedInFullWidth(String address) {
    assertFindsOnly("連絡先：" + address + "（平日のみ）", PersonalDataKind.EMAIL, address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "taro at example dot com",
        "taro [at] example [dot] co [dot] jp",
        "taro(at)example.jp",
        "taro★example.co.jp",
        "taro あっと example どっと jp",
        "taro＠example dot com",
      })
  void findsDisguisedEmailAddresses(String address) {
    assertFindsOnly("メールは " + address + " へどうぞ", PersonalDataKind.EMAIL, address);
  }

  @Test
  void leavesEnglishSentencesWithAtAndDotAlone() {
    String post = "Look at the chart dot by dot; we met at 10.30 at the plant.";

    assertThat(detector.findInText(post)).isEmpty();
  }

  @Test
  void doesNotTakeTheEndOfASentenceIntoAnAddress() {
    String post = "宛先はinfo@example.jp.";

    assertThat(detector.findInText(post))
        .extracting(PersonalDataFinding::text)
        .containsExactly("info@example.jp");
  }

  @Test
  void findsEveryContactDetailInALongPostInReadingOrder() {
    String post =
        "2026-12-04の研修について。〒100-0001の会場で09:30開始です。"
            + "担当は佐藤（TEL ０３－１２３４－５６７８、携帯090-1111-2222）、"
            + "メールはsato@example.lg.jpです。配水量50,000㎥/日の施設を見学します。"
            + "当日連絡は+81 90 3333 4444まで。";

    List<PersonalDataFinding> findings = detector.findInText(post);

    assertThat(findings)
        .extracting(PersonalDataFinding::text)
        .containsExactly("０３－１２３４－５６７８", "090-1111-2222", "sato@example.lg.jp", "+81 90 3333 4444");
    assertThat(findings)
        .extracting(PersonalDataFinding::kind)
        .containsExactly(
            PersonalDataKind.PHONE,
            PersonalDataKind.PHONE,
            PersonalDataKind.EMAIL,
            PersonalDataKind.PHONE);
    assertThat(findings)
        .allSatisfy(f -> assertThat(post.substring(f.start(), f.end())).isEqualTo(f.text()));
  }

  @Test
  void keepsOffsetsRightAfterEmojiAndUnitSigns() {
    String post = "😀👍 50㎥の件は ０９０－１２３４－５６７８ 🙏";

    assertFindsOnly(post, PersonalDataKind.PHONE, "０９０－１２３４－５６７８");
  }

  @Test
  void findsTwoNumbersWrittenSideBySide() {
    String post = "TEL 03-1234-5678 FAX 03-1234-5679";

    assertThat(detector.findInText(post))
        .extracting(PersonalDataFinding::text)
        .containsExactly("03-1234-5678", "03-1234-5679");
  }

  @Test
  void findsAPhoneNumberRightAfterAPostalCode() {
    String post = "〒060-0001 011-123-4567";

    assertThat(detector.findInText(post))
        .extracting(PersonalDataFinding::text)
        .containsExactly("011-123-4567");
  }

  @Test
  void findsNothingInAPostWithoutContactDetails() {
    String post = "塩素注入率の決め方について、皆さんの事業体ではどうしていますか？";

    assertThat(detector.findInText(post)).isEmpty();
  }

  @Test
  void findsContactDetailsInTheTextOfARichTextPost() {
    String html =
        "<p>相談は<strong>０９０－１２３４－５６７８</strong>へ。</p>"
            + "<ul><li>メール: <em>taro@example.jp</em></li></ul>";

    String text = PersonalDataDetector.textOfHtml(html);
    List<PersonalDataFinding> findings = detector.findInHtml(html);

    assertThat(findings)
        .extracting(PersonalDataFinding::text)
        .containsExactly("０９０－１２３４－５６７８", "taro@example.jp");
    assertThat(findings)
        .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
  }

  @Test
  void findsContactDetailsHiddenInLinkTargets() {
    String html =
        "<p><a href=\"mailto:hanako@example.jp\">こちら</a>か"
            + "<a href=\"tel:+81-3-1234-5678\">お電話</a>で。</p>";

    assertThat(detector.findInHtml(html))
        .extracting(PersonalDataFinding::text)
        .containsExactly("hanako@example.jp", "+81-3-1234-5678");
  }

  @Test
  void doesNotJoinNumbersFromSeparateParagraphs() {
    String html = "<p>2026-12-04</p><p>5678</p><p>&lt;不明&gt;</p>";

    assertThat(detector.findInHtml(html)).isEmpty();
  }

  @Test
  void findsTheOneAddressAtTheEndOfALongAwkwardPost() {
    String awkward = "abc-def at ghi dot jkl.mno-pqr 0-1-2-3 ０９０－ 1234 ";
    String post = awkward.repeat(2_000) + "最後に taro at example dot com";

    List<PersonalDataFinding> findings = detector.findInText(post);

    assertThat(findings)
        .extracting(PersonalDataFinding::text)
        .containsExactly("taro at example dot com");
  }
}
