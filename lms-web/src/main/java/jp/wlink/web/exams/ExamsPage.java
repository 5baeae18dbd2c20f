package jp.wlink.web.exams;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.wlink.question.exam.PracticeSource;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.Shortage;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * 模擬試験・練習問題: the certifications with their blueprints and how many questions the bank has, starting
 * a mock exam (with what there is when a subject is short, and saying so), a practice quiz, and the
 * learner's own attempts to resume or review.
 */
@Named
@ViewScoped
public class ExamsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int DEFAULT_COUNT = 10;

  @Inject private ExamCatalogue catalogue;
  @Inject private ExamTaking taking;
  @Inject private CurrentAccount currentAccount;
  @Inject private Messages messages;

  private List<BlueprintCard> cards;
  private List<AttemptRow> attempts;
  private PracticeSource source = PracticeSource.SUBJECTS;
  private String certification;
  private List<String> subjects = new ArrayList<>();
  private String skills;
  private Integer count = DEFAULT_COUNT;
  private Integer minutes = 0;

  @PostConstruct
  void load() {
    cards = catalogue.cards(locale());
    attempts = taking.mine(learner());
    if (!cards.isEmpty()) {
      certification = cards.get(0).code();
    }
  }

  public String startMockExam(long blueprintId) {
    return taking.startMockExam(learner(), blueprintId).map(this::opened).orElse(null);
  }

  public String startPractice() {
    Optional<PracticeSpec> spec = practiceSpec();
    if (spec.isEmpty()) {
      messages.error(null, "exam.practice.invalid", PracticeSpec.MAX_COUNT);
      return null;
    }
    return opened(taking.startPractice(learner(), spec.get()));
  }

  Optional<PracticeSpec> practiceSpec() {
    return PracticeChoice.spec(source, certification, subjects, skillList(), count, minutes);
  }

  private List<String> skillList() {
    if (skills == null) {
      return List.of();
    }
    return Arrays.stream(skills.split("[,、\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** To the exam, telling what was short; or stays here when nothing could be drawn. */
  private String opened(StartOutcome outcome) {
    if (outcome instanceof StartOutcome.Started started) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      for (Shortage shortage : started.shortages()) {
        messages.info(shortage.messageKey(), shortage.args().toArray());
      }
      return "/exams/take?faces-redirect=true&attempt=" + started.attemptId();
    }
    messages.error(null, "exam.start.noQuestions");
    return null;
  }

  /** The subjects of the certification chosen for practice. */
  public List<String> getSubjectChoices() {
    return cards.stream()
        .filter(c -> c.code().equals(certification))
        .findFirst()
        .map(c -> c.subjects().stream().map(BlueprintCard.SubjectLine::name).toList())
        .orElse(List.of());
  }

  /** The chosen certification changed: its subjects are different ones. */
  public void certificationChanged() {
    subjects = new ArrayList<>();
  }

  private long learner() {
    return currentAccount.id().orElseThrow();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public List<BlueprintCard> getCards() {
    return cards;
  }

  public List<AttemptRow> getAttempts() {
    return attempts;
  }

  public List<PracticeSource> getSources() {
    return List.of(PracticeSource.values());
  }

  public PracticeSource getSource() {
    return source;
  }

  public void setSource(PracticeSource source) {
    this.source = source;
  }

  public String getCertification() {
    return certification;
  }

  public void setCertification(String certification) {
    this.certification = certification;
  }

  public List<String> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<String> subjects) {
    this.subjects = subjects == null ? new ArrayList<>() : new ArrayList<>(subjects);
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
