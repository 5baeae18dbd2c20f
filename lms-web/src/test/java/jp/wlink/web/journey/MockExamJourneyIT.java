package jp.wlink.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.web.testing.ExamSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A learner takes a mock exam and loses nothing: not when the browser closes mid-exam, not when a
 * stale second tab tries to overwrite a newer answer, not when the server restarts. Then the result
 * shows each answer with the right one and its explanation.
 */
@ExtendWith(BrowserExtension.class)
class MockExamJourneyIT {
  private static final String CHOICE = "主に有機物を分解するもの";
  private static final String TRUE_FALSE = "沈砂池は砂などを沈めて";
  private static final String SHORT = "ポンプの代表的な形式";
  private static final String MATCHING = "略語と意味を組み合わせて";
  private static final String CLOZE = "消毒には";
  private static final String ESSAY = "下水道の役割を説明";
  private static final String ESSAY_TEXT = "汚水を集めて処理し、まちを浸水から守ります。";

  @Test
  void resumesEveryAnswerAfterAClosedBrowserAStaleTabAndARestart(Browser first, RunningWlink wlink)
      throws Exception {
    String email = Members.registerAndVerify(first, wlink, Members.newHandle(), "若手職員");
    try (ExamSeed seed = ExamSeed.into(wlink.jdbcUrl())) {
      seed.publish(email, "GESUIDO_3", "下水処理", questions());
    }
    Members.logIn(first, email);
    first.open("/exams/index.xhtml").click(By.cssSelector("[data-start='GESUIDO_3']"));
    ExamTab exam = new ExamTab(first.driver()).ready();
    String examUrl = first.driver().getCurrentUrl();
    assertThat(first.path()).isEqualTo("/exams/take.xhtml");

    answerSixOfEight(exam);
    assertThat(exam.count("answered")).isEqualTo("6");
    first.close();

    try (Browser second = newBrowser(wlink, "resumed")) {
      Members.logIn(second, email);
      second.open("/exams/index.xhtml").click(By.cssSelector("[data-resume]"));
      ExamTab resumed = new ExamTab(second.driver()).ready();
      assertEveryAnswerAsLeft(resumed, "微生物");

      String staleTab = second.driver().getWindowHandle();
      second.driver().switchTo().newWindow(WindowType.TAB);
      second.openUrl(examUrl);
      ExamTab newer = new ExamTab(second.driver()).ready();
      newer.choose(CHOICE, "塩素").awaitState(CHOICE, "saved");
      second.driver().switchTo().window(staleTab);
      resumed.choose(CHOICE, "砂").awaitState(CHOICE, "stale");
      assertThat(resumed.checked(CHOICE, "塩素")).isTrue();
      assertThat(resumed.checked(CHOICE, "砂")).isFalse();
    }

    wlink.restart();
    try (Browser third = newBrowser(wlink, "restarted")) {
      Members.logIn(third, email);
      third.openUrl(examUrl);
      ExamTab afterRestart = new ExamTab(third.driver()).ready();
      assertEveryAnswerAsLeft(afterRestart, "塩素");

      submit(third);
      assertResult(third);
    }
  }

  private static void answerSixOfEight(ExamTab exam) {
    exam.choose(CHOICE, "微生物").awaitState(CHOICE, "saved");
    exam.choose(TRUE_FALSE, "正しい").awaitState(TRUE_FALSE, "saved");
    exam.type(SHORT, "[data-text]", "うず巻きポンプ").awaitState(SHORT, "saved");
    exam.select(MATCHING, "[data-prompt='0']", "生物化学的酸素要求量").awaitState(MATCHING, "saved");
    exam.select(MATCHING, "[data-prompt='1']", "浮遊物質").awaitState(MATCHING, "saved");
    exam.select(CLOZE, "select[data-gap='0']", "塩素").awaitState(CLOZE, "saved");
    exam.type(CLOZE, "input[data-gap='1']", "放流渠").awaitState(CLOZE, "saved");
    exam.type(ESSAY, "[data-text]", ESSAY_TEXT).awaitState(ESSAY, "saved");
    exam.flag(ESSAY);
  }

  private static void assertEveryAnswerAsLeft(ExamTab exam, String choice) {
    assertThat(exam.checked(CHOICE, choice)).isTrue();
    assertThat(exam.checked(TRUE_FALSE, "正しい")).isTrue();
    assertThat(exam.value(SHORT, "[data-text]")).isEqualTo("うず巻きポンプ");
    assertThat(exam.selected(MATCHING, "[data-prompt='0']")).isEqualTo("生物化学的酸素要求量");
    assertThat(exam.selected(MATCHING, "[data-prompt='1']")).isEqualTo("浮遊物質");
    assertThat(exam.selected(CLOZE, "select[data-gap='0']")).isEqualTo("塩素");
    assertThat(exam.value(CLOZE, "input[data-gap='1']")).isEqualTo("放流渠");
    assertThat(exam.value(ESSAY, "[data-text]")).isEqualTo(ESSAY_TEXT);
    assertThat(exam.flagged(ESSAY)).isTrue();
    assertThat(exam.count("answered")).isEqualTo("6");
    assertThat(exam.count("unanswered")).isEqualTo("2");
    assertThat(exam.count("flagged")).isEqualTo("1");
  }

  private static void submit(Browser browser) {
    browser.click(By.id("submitForm:submit"));
    browser.submit("submitForm:confirmYes");
  }

  private static void assertResult(Browser browser) {
    assertThat(browser.path()).isEqualTo("/exams/result.xhtml");
    assertThat(browser.text("totalScore")).contains("点");
    assertThat(browser.text("verdict")).contains("合格基準に達しませんでした");
    String page = browser.pageText();
    assertThat(page)
        .contains("問題ごとの振り返り")
        .contains("解説：活性汚泥中の微生物が有機物を分解します。")
        .contains("採点待ちです")
        .contains(ESSAY_TEXT)
        .contains("うず巻きポンプ");
  }

  private static Browser newBrowser(RunningWlink wlink, String name) throws Exception {
    Path profiles = Files.createDirectories(Path.of("target/test-out/chrome-profiles"));
    return new Browser(wlink, Files.createTempDirectory(profiles, name));
  }

  private static List<QuestionContent> questions() {
    List<QuestionContent> all = new java.util.ArrayList<>(answeredByPicking());
    all.addAll(answeredByTyping());
    all.addAll(leftUnanswered());
    return all;
  }

  private static List<QuestionContent> answeredByPicking() {
    return List.of(
        question(
            QuestionType.SINGLE_CHOICE,
            "活性汚泥法で" + CHOICE + "はどれですか。",
            "活性汚泥中の微生物が有機物を分解します。",
            new QuestionBody.Choices(
                List.of(choice("微生物", 1), choice("塩素", 0), choice("砂", 0)), true)),
        question(
            QuestionType.TRUE_FALSE,
            TRUE_FALSE + "取り除く施設です。",
            "沈砂池は流入水の砂を沈めます。",
            new QuestionBody.TrueFalse(true, RichText.EMPTY, RichText.EMPTY)),
        question(
            QuestionType.MATCHING,
            MATCHING + "ください。",
            "BOD と SS は水質の基本的な指標です。",
            new QuestionBody.Matching(
                List.of(
                    new MatchPair(RichText.plain("BOD"), "生物化学的酸素要求量"),
                    new MatchPair(RichText.plain("SS"), "浮遊物質")),
                true)));
  }

  private static List<QuestionContent> answeredByTyping() {
    return List.of(
        question(
            QuestionType.SHORT_ANSWER,
            "汚水を送る" + SHORT + "を答えてください。",
            "うず巻きポンプが代表的です。",
            new QuestionBody.ShortAnswer(
                List.of(new AcceptedAnswer("うず巻きポンプ", 1, RichText.EMPTY)), false)),
        question(
            QuestionType.CLOZE,
            CLOZE + " {#1} を使い、処理水は {#2} から放流します。",
            "消毒には塩素を使います。",
            new QuestionBody.Cloze(
                List.of(
                    gap(ClozeGap.Kind.MULTICHOICE, "塩素", "砂"),
                    gap(ClozeGap.Kind.SHORT_ANSWER, "放流渠")))),
        question(
            QuestionType.ESSAY,
            ESSAY + "してください。",
            "浸水防除と公共用水域の水質保全です。",
            new QuestionBody.Essay(RichText.EMPTY, RichText.plain("二点挙げていれば満点"), 5)));
  }

  private static List<QuestionContent> leftUnanswered() {
    return List.of(
        question(
            QuestionType.MULTIPLE_RESPONSE,
            "下水処理で発生するものをすべて選んでください。",
            "汚泥とメタンガスが発生します。",
            new QuestionBody.Choices(
                List.of(choice("汚泥", 0.5), choice("メタンガス", 0.5), choice("石油", -1)), true)),
        question(
            QuestionType.ORDERING,
            "処理の流れを順に並べてください。",
            "沈砂池、最初沈殿池、反応タンクの順です。",
            new QuestionBody.Ordering(
                List.of(RichText.plain("沈砂池"), RichText.plain("最初沈殿池"), RichText.plain("反応タンク")))));
  }

  private static QuestionContent question(
      QuestionType type, String stem, String explanation, QuestionBody body) {
    return new QuestionContent(
        type,
        stem,
        RichText.html("<p>" + stem + "</p>"),
        RichText.EMPTY,
        RichText.html("<p>解説：" + explanation + "</p>"),
        BigDecimal.ONE,
        BigDecimal.ZERO,
        body);
  }

  private static Choice choice(String text, double fraction) {
    return new Choice(RichText.plain(text), fraction, RichText.EMPTY);
  }

  private static ClozeGap gap(ClozeGap.Kind kind, String right, String... wrong) {
    List<ClozeGap.ClozeAnswer> answers = new java.util.ArrayList<>();
    answers.add(new ClozeGap.ClozeAnswer(right, 1, "", BigDecimal.ZERO));
    for (String text : wrong) {
      answers.add(new ClozeGap.ClozeAnswer(text, 0, "", BigDecimal.ZERO));
    }
    return new ClozeGap(kind, 1, answers);
  }
}
