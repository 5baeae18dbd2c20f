package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionVersion;
import jp.wlink.question.bank.StaleQuestionException;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.question.testing.SampleMetadata;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionBankPersistenceIT {
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00.123Z");

  private final TestDatabase db = TestDatabase.get();
  private long author;

  @BeforeEach
  void storeAuthor() {
    author = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
  }

  @Test
  void storesAndReadsBackEveryQuestionTypeWithItsMetadata() {
    List<String> path = List.of(TestRecords.unique("下水道"), "第3種", "法規");
    QuestionMetadata metadata = SampleMetadata.published(path, "下水道技術検定", "法規", 3, "sk-1");

    for (QuestionContent content : SampleContents.everyType()) {
      long id = db.inTransaction(em -> bank(em).create(content, metadata, author).getId());

      db.run(
          em -> {
            Question stored = bank(em).find(id).orElseThrow();
            assertThat(bank(em).currentVersion(id).orElseThrow().getContent()).isEqualTo(content);
            assertThat(stored.metadata()).isEqualTo(metadata);
            assertThat(stored.getAuthorId()).isEqualTo(author);
            assertThat(stored.getType()).isEqualTo(content.type());
          });
    }
  }

  @Test
  void storesInstantsAsTheUtcWallClockWithMilliseconds() {
    long id =
        db.inTransaction(
                em -> bank(em).create(SampleContents.singleChoice("時刻"), anyMetadata(), author))
            .getId();

    Object stored =
        db.entityManager()
            .createNativeQuery(
                "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM question WHERE id = ?")
            .setParameter(1, id)
            .getSingleResult();

    assertThat(stored.toString()).isEqualTo("2026-12-03 08:00:00.123000");
    assertThat(db.entityManager().find(Question.class, id).getCreatedAt()).isEqualTo(NOW);
  }

  @Test
  void editsAnUnseenVersionInPlace() {
    Question created = create(SampleContents.singleChoice("初版の問題文"));
    QuestionContent corrected = SampleContents.singleChoice("訂正した問題文");

    Question edited =
        db.inTransaction(
            em ->
                bank(em)
                    .edit(
                        created.getId(), created.getRevision(), corrected, anyMetadata(), author));

    List<QuestionVersion> versions = db.inTransaction(em -> bank(em).versions(created.getId()));
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).getContent()).isEqualTo(corrected);
    assertThat(edited.getCurrentVersion()).isEqualTo(1);
    assertThat(edited.getRevision()).isGreaterThan(created.getRevision());
  }

  @Test
  void editingAShownVersionMakesVersionTwoAndKeepsVersionOne() {
    QuestionContent original = SampleContents.singleChoice("学習者が見た問題文");
    Question created = create(original);
    long shownVersion = currentVersionId(created.getId());
    db.run(em -> new PublishedQuestions(em).markShown(List.of(shownVersion)));

    QuestionContent changed = SampleContents.singleChoice("後から直した問題文");
    db.run(
        em ->
            bank(em).edit(created.getId(), created.getRevision(), changed, anyMetadata(), author));

    List<QuestionVersion> versions = db.inTransaction(em -> bank(em).versions(created.getId()));
    assertThat(versions).extracting(QuestionVersion::getNumber).containsExactly(1, 2);
    assertThat(versions.get(0).getId()).isEqualTo(shownVersion);
    assertThat(versions.get(0).getContent()).isEqualTo(original);
    assertThat(versions.get(0).isShown()).isTrue();
    assertThat(versions.get(1).getContent()).isEqualTo(changed);
    assertThat(versions.get(1).isShown()).isFalse();
    Map<Long, QuestionContent> shown =
        db.inTransaction(em -> new PublishedQuestions(em).contents(List.of(shownVersion)));
    assertThat(shown).containsEntry(shownVersion, original);
  }

  @Test
  void refusesAnEditBasedOnAnOlderRevision() {
    Question created = create(SampleContents.singleChoice("二つのタブ"));
    QuestionContent first = SampleContents.singleChoice("一つ目のタブの編集");
    db.run(em -> bank(em).edit(created.getId(), created.getRevision(), first, anyMetadata(), 1L));

    QuestionContent second = SampleContents.singleChoice("二つ目のタブの編集");
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        bank(em)
                            .edit(
                                created.getId(),
                                created.getRevision(),
                                second,
                                anyMetadata(),
                                author)))
        .isInstanceOf(StaleQuestionException.class);
    assertThat(db.inTransaction(em -> bank(em).currentVersion(created.getId())).orElseThrow())
        .extracting(QuestionVersion::getContent)
        .isEqualTo(first);
  }

  @Test
  void changesStatus() {
    Question created = create(SampleContents.singleChoice("公開する問題"));

    db.run(em -> bank(em).changeStatus(created.getId(), QuestionStatus.PUBLISHED));

    Optional<Question> found = db.inTransaction(em -> bank(em).find(created.getId()));
    assertThat(found).get().extracting(Question::getStatus).isEqualTo(QuestionStatus.PUBLISHED);
  }

  private Question create(QuestionContent content) {
    return db.inTransaction(em -> bank(em).create(content, anyMetadata(), author));
  }

  private long currentVersionId(long questionId) {
    return db.inTransaction(em -> bank(em).currentVersion(questionId).orElseThrow().getId());
  }

  private static QuestionMetadata anyMetadata() {
    return SampleMetadata.draft(List.of("編集テスト"));
  }

  private static QuestionBank bank(jakarta.persistence.EntityManager em) {
    return new QuestionBank(em, Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
