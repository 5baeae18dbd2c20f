package jp.wlink.web.courses.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.goal.GoalStandings;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.i18n.Messages;

/**
 * One staff member's progress for their training officer: every enrolment with its counts, pace,
 * risks, level, the lessons completed with their times and the certificate, and the learner's study
 * goal with the days to the exam and the readiness estimate; the officer may change a deadline or
 * withdraw the learner from a course.
 */
@Named
@ViewScoped
public class LearnerDetailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OfficerScope scope;
  @Inject private ProgressCards progress;
  @Inject private Enrolments enrolments;
  @Inject private Accounts accounts;
  @Inject private Messages messages;
  @Inject private GoalStandings goals;
  @Inject private LocaleSelection locale;

  private Long organisation;
  private Long learner;
  private int inactiveDays = RiskRule.DEFAULT_INACTIVE_DAYS;
  private String handle;
  private String email;
  private ArrayList<ProgressCard> cards = new ArrayList<>();
  private final HashMap<Long, Integer> levels = new HashMap<>();
  private GoalView goal;

  /** The date each card's picker holds: typed as the picker sees a map's entries, as Object. */
  private final HashMap<Long, Object> deadlines = new HashMap<>();

  /**
   * The view action: a learner missing, unknown or not this officer's staff is "not found" (as on
   * the course pages), not a server error.
   */
  public String open() {
    try {
      load();
      return null;
    } catch (SecurityException | NoSuchElementException notTheirs) {
      return PageParams.notFound();
    }
  }

  /** Checks the officer may see this learner, then loads their cards. */
  public void load() {
    if (organisation == null || learner == null) {
      throw new SecurityException("No learner named");
    }
    scope.requireStaff(organisation, learner);
    Account account = accounts.find(learner).orElseThrow();
    handle = account.getHandle();
    email = account.getEmail();
    cards = new ArrayList<>(progress.of(learner, new RiskRule(inactiveDays), true));
    deadlines.clear();
    for (ProgressCard card : cards) {
      deadlines.put(card.enrolmentId(), card.deadline());
    }
    levels.clear();
    for (Enrolment enrolment : enrolments.ofLearner(learner)) {
      levels.put(enrolment.getId(), enrolment.getReachedLevel());
    }
    goal = goals.of(learner).map(g -> GoalView.of(g, locale.getLanguage())).orElse(null);
  }

  public void withdraw(ProgressCard card) {
    owned(card);
    enrolments.withdraw(card.enrolmentId(), scope.officerId());
    messages.info("progress.detail.withdrawn", handle, card.courseTitle());
    load();
  }

  public void changeDeadline(ProgressCard card) {
    owned(card);
    Optional<LocalDate> chosen = day(deadlines.get(card.enrolmentId()));
    enrolments.changeDeadline(card.enrolmentId(), chosen);
    messages.info("progress.detail.deadlineChanged", card.courseTitle());
    load();
  }

  /** The picked day, whichever date type the picker chose for an entry of a map. */
  static Optional<LocalDate> day(Object picked) {
    if (picked instanceof LocalDate date) {
      return Optional.of(date);
    }
    if (picked instanceof java.time.LocalDateTime time) {
      return Optional.of(time.toLocalDate());
    }
    if (picked instanceof java.util.Date date) {
      return Optional.of(
          date.toInstant().atZone(jp.wlink.course.progress.Pace.JAPAN).toLocalDate());
    }
    return Optional.empty();
  }

  private void owned(ProgressCard card) {
    scope.requireStaff(organisation, learner);
    if (cards.stream().noneMatch(c -> c.enrolmentId() == card.enrolmentId())) {
      throw new SecurityException("Enrolment " + card.enrolmentId() + " is not this learner's");
    }
  }

  public List<ProgressCard> getCards() {
    return cards;
  }

  /** The level reached on each enrolment, by enrolment id. */
  public HashMap<Long, Integer> getLevels() {
    return levels;
  }

  public GoalView getGoal() {
    return goal;
  }

  public HashMap<Long, Object> getDeadlines() {
    return deadlines;
  }

  public String getHandle() {
    return handle;
  }

  public String getEmail() {
    return email;
  }

  public Long getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Long organisation) {
    this.organisation = organisation;
  }

  public Long getLearner() {
    return learner;
  }

  public void setLearner(Long learner) {
    this.learner = learner;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  public void setInactiveDays(int inactiveDays) {
    this.inactiveDays = Math.max(1, Math.min(365, inactiveDays));
  }
}
