package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.Threshold;
import jp.wlink.question.certification.ThresholdKind;

/**
 * Administrators' changes to a blueprint. A change is based on the version the form was read at,
 * and refused when someone saved in between. Past attempts keep their own results, so a change only
 * affects mock exams started after it.
 */
@ApplicationScoped
public class BlueprintEditing {
  private static final Logger LOG = Logger.getLogger(BlueprintEditing.class.getName());

  /** What became of a change. */
  public enum Outcome {
    SAVED,
    INVALID,
    CHANGED_ELSEWHERE,
    NOT_FOUND
  }

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Transactional
  public List<BlueprintForm> forms() {
    return em.createNamedQuery(Blueprint.ALL, Blueprint.class)
        .getResultStream()
        .map(BlueprintForm::of)
        .toList();
  }

  @Transactional
  public Optional<BlueprintForm> form(long blueprintId) {
    return Optional.ofNullable(em.find(Blueprint.class, blueprintId)).map(BlueprintForm::of);
  }

  @Transactional
  public Outcome save(BlueprintForm form) {
    if (!form.problems().isEmpty()) {
      return Outcome.INVALID;
    }
    Blueprint blueprint = em.find(Blueprint.class, form.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (blueprint == null) {
      return Outcome.NOT_FOUND;
    }
    if (blueprint.getVersion() != form.getVersion()) {
      return Outcome.CHANGED_ELSEWHERE;
    }

    blueprint.changeRule(
        form.getSubjects().stream().map(BlueprintForm.SubjectRow::toSubject).toList(),
        threshold(form.getOverallKind(), form.getOverallValue()),
        threshold(form.getCoreKind(), form.getCoreValue()));
    blueprint.changeTimeLimit(form.getTimeLimitMinutes());
    String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote();
    blueprint.describe(form.sourceList(), note);
    em.flush();

    LOG.info(() -> "Blueprint " + blueprint.getCode() + " was changed");
    return Outcome.SAVED;
  }

  private static Optional<Threshold> threshold(ThresholdKind kind, Integer value) {
    return kind == null ? Optional.empty() : Optional.of(new Threshold(kind, value));
  }
}
