package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.QuestionPage;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.question.testing.SampleMetadata;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionSearchPersistenceIT {
  private final TestDatabase db = TestDatabase.get();
  private final String top = TestRecords.unique("検索");
  private long author;

  @BeforeEach
  void storeAuthor() {
    author = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
  }

  @Test
  void findsJapaneseTextWhateverItsWidthKanaOrCase() {
    String marker = TestRecords.unique("mk");
    long pump = create("ポンプ場のＰＨ計を点検します " + marker, SampleMetadata.draft(List.of(top))).getId();
    create("沈砂池の清掃 " + marker, SampleMetadata.draft(List.of(top)));

    assertThat(ids(QuestionFilter.ALL.containing("ぽんぷ " + marker))).containsExactly(pump);
    assertThat(ids(QuestionFilter.ALL.containing("ﾎﾟﾝﾌﾟ ph計 " + marker))).containsExactly(pump);
    assertThat(ids(QuestionFilter.ALL.containing("ポンプ　点検　" + marker.toUpperCase())))
        .containsExactly(pump);
    assertThat(ids(QuestionFilter.ALL.containing("ポンプ 清掃 " + marker))).isEmpty();
  }

  @Test
  void takesPercentAndUnderscoreInATextLiterally() {
    String marker = TestRecords.unique("lit");
    long rate = create("除去率 95% " + marker, SampleMetadata.draft(List.of(top))).getId();
    create("除去率 95 " + marker, SampleMetadata.draft(List.of(top)));

    assertThat(ids(QuestionFilter.ALL.containing("95% " + marker))).containsExactly(rate);
    assertThat(ids(QuestionFilter.ALL.containing("_ " + marker))).isEmpty();
  }

  @Test
  void filtersByCategoryIncludingSubcategoriesAndByEveryMetadataField() {
    QuestionMetadata law = SampleMetadata.published(List.of(top, "法規"), top, "法規", 2, top + "-s1");
    QuestionMetadata plant = SampleMetadata.published(List.of(top, "処理", "水処理"), top, "処理", 4, "x");
    long inLaw = create("法規の問題", law).getId();
    long inPlant = create("処理の問題", plant).getId();
    long topId = db.inTransaction(em -> bank(em).categories().find(List.of(top)).get().getId());

    assertThat(ids(QuestionFilter.ALL.inCategory(topId))).containsExactlyInAnyOrder(inLaw, inPlant);
    assertThat(ids(QuestionFilter.ALL.forSubject(top, "処理"))).containsExactly(inPlant);
    assertThat(ids(QuestionFilter.ALL.inCategory(topId).atLevel(2))).containsExactly(inLaw);
    assertThat(ids(QuestionFilter.ALL.practising(top + "-s1"))).containsExactly(inLaw);
    assertThat(ids(QuestionFilter.ALL.taggedWith("tag-" + top)))
        .containsExactlyInAnyOrder(inLaw, inPlant);
    assertThat(ids(QuestionFilter.ALL.inCategory(topId).ofType(QuestionType.NUMERICAL))).isEmpty();
    assertThat(ids(QuestionFilter.ALL.inCategory(topId).withStatus(QuestionStatus.PUBLISHED)))
        .hasSize(2);
  }

  @Test
  void pagesThroughAListAndCountsTheWhole() {
    QuestionMetadata metadata = SampleMetadata.draft(List.of(top, "頁"), top + "-page");
    for (int i = 0; i < 5; i++) {
      create("頁の問題 " + i, metadata);
    }
    QuestionFilter tagged = QuestionFilter.ALL.taggedWith(top + "-page");

    QuestionPage second = db.inTransaction(em -> bank(em).search(tagged, 2, 2));

    assertThat(second.total()).isEqualTo(5);
    assertThat(second.questions()).hasSize(2);
  }

  @Test
  void offersExamsOnlyTheCurrentVersionOfPublishedAnswerableQuestions() {
    QuestionMetadata published = SampleMetadata.published(List.of(top), top, "法規", 3, top + "-sk");
    long chosen = create("公開済みの問題", published).getId();
    create("説明文", QuestionType.DESCRIPTION, published);
    create("下書きの問題", SampleMetadata.draft(List.of(top)));

    List<Candidate> bySubject = db.inTransaction(em -> exams(em).bySubject(top, "法規"));
    List<Candidate> bySkill = db.inTransaction(em -> exams(em).bySkills(Set.of(top + "-sk")));

    long version = db.inTransaction(em -> bank(em).currentVersion(chosen).get().getId());
    Candidate expected = new Candidate(chosen, version, 3, "法規");
    assertThat(bySubject).containsExactly(expected);
    assertThat(bySkill).containsExactly(expected);
  }

  private Question create(String stem, QuestionMetadata metadata) {
    return db.inTransaction(
        em -> bank(em).create(SampleContents.singleChoice(stem), metadata, author));
  }

  private void create(String stem, QuestionType type, QuestionMetadata metadata) {
    QuestionContent content =
        SampleContents.content(
            type, stem, new jp.wlink.question.content.QuestionBody.Description());
    db.run(em -> bank(em).create(content, metadata, author));
  }

  private List<Long> ids(QuestionFilter filter) {
    return db.inTransaction(
        em -> bank(em).search(filter, 0, 50).questions().stream().map(Question::getId).toList());
  }

  private static QuestionBank bank(EntityManager em) {
    return new QuestionBank(em);
  }

  private static PublishedQuestions exams(EntityManager em) {
    return new PublishedQuestions(em);
  }
}
