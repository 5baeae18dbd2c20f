package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.question.exam.ExamQuestions;

/**
 * The certifications a learner can take a mock exam of, each with how many questions the bank holds
 * per subject, so the page says plainly when an exam would be short.
 */
@ApplicationScoped
public class ExamCatalogue {
  @Inject private Blueprints blueprints;
  @Inject private ExamQuestions questions;

  @Transactional
  public List<BlueprintCard> cards(Locale locale) {
    List<BlueprintCard> cards = new ArrayList<>();
    for (Blueprint blueprint : blueprints.all()) {
      cards.add(BlueprintCard.of(blueprint, available(blueprint), locale));
    }
    return cards;
  }

  /**
   * Published questions per subject. A question names its certification by the blueprint's code or
   * by its Japanese name, as the engine draws them.
   */
  private List<Integer> available(Blueprint blueprint) {
    List<Integer> counts = new ArrayList<>();
    for (BlueprintSubject subject : blueprint.getSubjects()) {
      counts.add(
          questions.bySubject(blueprint.getCode(), subject.getName()).size()
              + questions.bySubject(blueprint.getName(), subject.getName()).size());
    }
    return counts;
  }
}
