package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.wlink.question.analysis.AnalysedQuestion;
import jp.wlink.question.analysis.ItemAnalysis;
import jp.wlink.question.analysis.ItemResponse;
import jp.wlink.question.analysis.ItemStatistics;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.AttemptSlot;
import jp.wlink.question.exam.ExamQuestions;
import jp.wlink.question.scoring.Score;

/**
 * Item analysis of one blueprint's mock exams: every scored answer of its submitted attempts, per
 * question version (a new version may have other choices, so versions are never pooled). Essays
 * still awaiting a grade stay out.
 */
@ApplicationScoped
public class ExamAnalysis {
  private static final String SCORED_SLOTS =
      "SELECT s FROM AttemptSlot s JOIN FETCH s.attempt a WHERE a.blueprint.id = :blueprint"
          + " AND a.state = jp.wlink.question.exam.AttemptState.SUBMITTED"
          + " AND s.awaitingGrading = FALSE AND s.score IS NOT NULL"
          + " ORDER BY s.questionVersionId, a.id";

  private final ItemAnalysis analysis = new ItemAnalysis();

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private ExamQuestions questions;

  @Transactional
  public List<ItemStatistics> ofBlueprint(long blueprintId) {
    List<AttemptSlot> slots =
        em.createQuery(SCORED_SLOTS, AttemptSlot.class)
            .setParameter("blueprint", blueprintId)
            .getResultList();
    Set<Long> versions = new LinkedHashSet<>();
    slots.forEach(s -> versions.add(s.getQuestionVersionId()));
    Map<Long, QuestionContent> contents = questions.contents(versions);

    List<AnalysedQuestion> analysed = new ArrayList<>();
    for (long version : versions) {
      analysed.add(AnalysedQuestion.of(version, contents.get(version)));
    }
    List<ItemResponse> responses = new ArrayList<>();
    for (AttemptSlot slot : slots) {
      responses.add(response(slot));
    }
    return analysis.analyse(analysed, responses);
  }

  private static ItemResponse response(AttemptSlot slot) {
    long attempt = slot.getAttempt().getId();
    Score score = Score.of(slot.getScore().orElse(0.0));
    return slot.getResponse()
        .map(r -> ItemResponse.of(attempt, slot.getQuestionVersionId(), score, r))
        .orElseGet(
            () ->
                new ItemResponse(attempt, slot.getQuestionVersionId(), score.fraction(), Set.of()));
  }
}
