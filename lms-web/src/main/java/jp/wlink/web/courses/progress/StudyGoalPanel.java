package jp.wlink.web.courses.progress;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.course.goal.GoalRefused;
import jp.wlink.course.goal.GoalStandings;
import jp.wlink.course.goal.StoredStudyGoal;
import jp.wlink.course.goal.StudyGoals;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * The study goal on the learner's progress page: the certification they prepare for and its exam
 * date, set, changed or cleared here, with the days to the exam and the readiness estimate. A
 * learner without a goal is offered the target certification of the course they study. A change
 * reloads the learner model's panel, whose next activities follow the goal.
 */
@Named
@ViewScoped
public class StudyGoalPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentAccount currentAccount;
  @Inject private StudyGoals goals;
  @Inject private GoalStandings standings;
  @Inject private Blueprints blueprints;
  @Inject private LocaleSelection locale;
  @Inject private Messages messages;
  @Inject private LearnerModelPanel learnerModel;

  private ArrayList<OfficerTablePage.OfficerChoice> certifications;
  private GoalView goal;
  private Long blueprintId;
  private LocalDate examDate;

  @PostConstruct
  void load() {
    long learner = learner();
    String language = locale.getLanguage();
    certifications = new ArrayList<>();
    blueprints
        .all()
        .forEach(
            b ->
                certifications.add(
                    new OfficerTablePage.OfficerChoice(
                        b.getId(), "en".equals(language) ? b.getNameEn() : b.getName())));
    goal = standings.of(learner).map(s -> GoalView.of(s, language)).orElse(null);
    blueprintId =
        goals
            .stored(learner)
            .map(StoredStudyGoal::getBlueprintId)
            .or(() -> goals.suggestedBlueprint(learner))
            .orElse(null);
    examDate = goals.stored(learner).map(StoredStudyGoal::getExamDate).orElse(null);
  }

  public void save() {
    try {
      goals.set(learner(), blueprintId, examDate);
      messages.info("goal.saved");
      load();
      learnerModel.load();
    } catch (GoalRefused refused) {
      messages.error(null, "goal.error." + refused.problem().name());
    }
  }

  public void clear() {
    goals.clear(learner());
    messages.info("goal.cleared");
    load();
    learnerModel.load();
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }

  public List<OfficerTablePage.OfficerChoice> getCertifications() {
    return certifications;
  }

  public GoalView getGoal() {
    return goal;
  }

  public Long getBlueprintId() {
    return blueprintId;
  }

  public void setBlueprintId(Long blueprintId) {
    this.blueprintId = blueprintId;
  }

  public LocalDate getExamDate() {
    return examDate;
  }

  public void setExamDate(LocalDate examDate) {
    this.examDate = examDate;
  }
}
