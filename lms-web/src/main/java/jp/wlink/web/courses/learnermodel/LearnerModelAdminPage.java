package jp.wlink.web.courses.learnermodel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.wlink.course.learning.FitOutcome;
import jp.wlink.course.learning.FitTrigger;
import jp.wlink.course.learning.ModelFitting;
import jp.wlink.course.learning.StoredModel;
import jp.wlink.course.model.Accuracy;
import jp.wlink.course.progress.Pace;
import jp.wlink.web.i18n.Messages;

/**
 * The learner model's part of the administration pages: which fit is in use with its figures, and a
 * button that fits a new one on every stored answer and says how it went.
 */
// LIMITATION: the fit runs inside the administrator's request; on a million answers it takes
// some seconds, and the nightly job is the one meant for large data.
@Named
@ViewScoped
public class LearnerModelAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ModelFitting fitting;
  @Inject private Messages messages;

  private String inUse;

  @PostConstruct
  void load() {
    inUse =
        fitting
            .newest()
            .map(this::describe)
            .orElseGet(() -> messages.text("learnerModel.untrained"));
  }

  /** Fits a new model, or says why the old one stays. */
  public void fit() {
    FitOutcome outcome = fitting.fit(FitTrigger.ADMIN);
    if (outcome.kind() == FitOutcome.Kind.FITTED) {
      messages.info(
          "learnerModel.fitted",
          outcome.answers(),
          outcome.learners(),
          accuracy(outcome.heldOut().orElse(null)));
    } else {
      messages.error(null, "learnerModel.tooFew", outcome.answers(), outcome.minimumAnswers());
    }
    load();
  }

  private String describe(StoredModel model) {
    String when =
        DateTimeFormatter.ofPattern(messages.text("learnerModel.datePattern"))
            .format(model.getFittedAt().atZone(Pace.JAPAN));
    return messages.text(
        "learnerModel.inUse",
        when,
        messages.text("learnerModel.by." + model.getFittedBy().name()),
        model.getAnswers(),
        model.getLearners(),
        accuracy(model.heldOut().orElse(null)));
  }

  private String accuracy(Accuracy heldOut) {
    if (heldOut == null) {
      return messages.text("learnerModel.notMeasured");
    }
    return messages.text(
        "learnerModel.accuracy",
        String.format(Locale.ROOT, "%.3f", heldOut.auc()),
        String.format(Locale.ROOT, "%.3f", heldOut.logLoss()),
        heldOut.answers());
  }

  public String getInUse() {
    return inUse;
  }
}
