package jp.wlink.web.exams;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.wlink.question.exam.AttemptNotFound;
import jp.wlink.question.exam.AttemptSummary;
import jp.wlink.web.security.CurrentAccount;

/**
 * The exam itself. The page renders every question with its saved answer and revision; from then on
 * resources/js/exam-player.js saves each change through the attempts API, and the countdown runs on
 * the server's time. Submitting ends the attempt and opens the result.
 */
@Named
@ViewScoped
public class TakePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExamTaking taking;
  @Inject private CurrentAccount currentAccount;

  private Long attempt;
  private transient TakenAttempt taken;
  private transient List<SlotPanel> slots;

  /** Shows the attempt while it takes answers; the result once it no longer does. */
  public String load() {
    if (attempt == null) {
      return PageParams.notFound();
    }
    try {
      taken = taking.load(attempt, learner());
    } catch (AttemptNotFound notTheirs) {
      return PageParams.notFound();
    }
    if (!taken.summary().open()) {
      return resultOutcome();
    }
    slots = taken.summary().slots().stream().map(s -> SlotPanel.of(s, taken.content(s))).toList();
    return null;
  }

  public String submit() {
    try {
      taking.submit(attempt, learner());
    } catch (AttemptNotFound notTheirs) {
      return PageParams.notFound();
    }
    return resultOutcome();
  }

  private String resultOutcome() {
    return "/exams/result?faces-redirect=true&attempt=" + attempt;
  }

  private long learner() {
    return currentAccount.id().orElseThrow();
  }

  public String getTitle() {
    return taken.title(FacesContext.getCurrentInstance().getViewRoot().getLocale()).orElse(null);
  }

  public List<SlotPanel> getSlots() {
    return slots;
  }

  private AttemptSummary summary() {
    return taken.summary();
  }

  /** The deadline in epoch milliseconds, or null for an untimed practice quiz. */
  public Long getDeadlineMillis() {
    return summary().deadline().map(Instant::toEpochMilli).orElse(null);
  }

  public long getServerNowMillis() {
    return summary().now().toEpochMilli();
  }

  public long getAnswered() {
    return summary().answered();
  }

  public long getUnanswered() {
    return summary().unanswered();
  }

  public long getFlagged() {
    return summary().flagged();
  }

  public String getApiPath() {
    return "/api/v1/attempts/" + attempt;
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }
}
