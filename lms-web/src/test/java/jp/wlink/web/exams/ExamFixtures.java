package jp.wlink.web.exams;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import jp.wlink.question.certification.Threshold;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestRecords;

/**
 * A small certification of its own for each test (so tests sharing the schema never draw each
 * other's questions): 下水処理 and 法規, two questions each, at least 1 in 法規 and 3 of 4 overall, 30
 * minutes. Questions are single choice with the first choice right, published in the bank.
 */
public final class ExamFixtures {
  static final String TREATMENT = "下水処理";
  static final String LAW = "法規";
  static final int MINUTES = 30;

  private ExamFixtures() {}

  static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  static long learner(EntityManager em) {
    return TestRecords.account(em, Role.STAFF).getId();
  }

  /** The blueprint, with {@code perSubject} published questions in each subject. */
  public static Blueprint blueprint(EntityManager em, int perSubject) {
    Blueprint blueprint =
        new Blueprint(TestRecords.unique("T_"), TestRecords.unique("模試"), "Mock", MINUTES);
    blueprint.changeRule(
        List.of(
            new BlueprintSubject(TREATMENT, 2, null, false),
            new BlueprintSubject(LAW, 2, 1, false)),
        Optional.of(Threshold.correct(3)),
        Optional.empty());
    em.persist(blueprint);
    em.flush();

    long author = learner(em);
    for (String subject : List.of(TREATMENT, LAW)) {
      for (int i = 0; i < perSubject; i++) {
        publish(em, blueprint, subject, singleChoice(subject + i), author);
      }
    }
    return blueprint;
  }

  static void publish(
      EntityManager em, Blueprint blueprint, String subject, QuestionContent content, long author) {
    QuestionMetadata metadata =
        new QuestionMetadata(
            List.of(blueprint.getName(), subject),
            List.of(),
            Optional.of(blueprint.getCode()),
            Optional.of(subject),
            List.of(),
            1 + (int) (Math.abs((long) content.name().hashCode()) % 3),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            QuestionStatus.PUBLISHED,
            Optional.empty());
    new QuestionBank(em).create(content, metadata, author);
  }

  /** A published question filed under a skill only: no certification and no subject. */
  public static void publishForSkill(
      EntityManager em, String skill, QuestionContent content, long author) {
    QuestionMetadata metadata =
        new QuestionMetadata(
            List.of("スキル別"),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(skill),
            2,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            QuestionStatus.PUBLISHED,
            Optional.empty());
    new QuestionBank(em).create(content, metadata, author);
  }

  public static QuestionContent singleChoice(String stem) {
    List<Choice> choices =
        List.of(
            new Choice(RichText.plain("正しい"), 1, RichText.EMPTY),
            new Choice(RichText.plain("誤り"), 0, RichText.EMPTY));
    return content(QuestionType.SINGLE_CHOICE, stem, new QuestionBody.Choices(choices, true));
  }

  /** The same, each choice a paragraph, as imported questions usually write them. */
  public static QuestionContent singleChoiceInParagraphs(String stem) {
    List<Choice> choices =
        List.of(
            new Choice(RichText.html("<p>正しい</p>"), 1, RichText.EMPTY),
            new Choice(RichText.html("<p>誤り</p>"), 0, RichText.EMPTY));
    return content(QuestionType.SINGLE_CHOICE, stem, new QuestionBody.Choices(choices, true));
  }

  static QuestionContent essay(String stem) {
    return content(
        QuestionType.ESSAY,
        stem,
        new QuestionBody.Essay(RichText.EMPTY, RichText.plain("採点基準"), 5));
  }

  private static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
    return new QuestionContent(
        type,
        stem,
        RichText.plain(stem),
        RichText.EMPTY,
        RichText.plain("解説"),
        BigDecimal.ONE,
        BigDecimal.ZERO,
        body);
  }
}
