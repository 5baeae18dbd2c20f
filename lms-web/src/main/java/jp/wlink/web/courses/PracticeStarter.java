package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.Shortage;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.web.exams.ExamTaking;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * Starts a practice quiz from a lesson or a unit's checkpoint through the exam pages, so the
 * learner answers, submits and reviews exactly as in any practice quiz.
 */
@ApplicationScoped
public class PracticeStarter {
  @Inject private ExamTaking taking;
  @Inject private CurrentAccount currentAccount;
  @Inject private Messages messages;

  /** The outcome to the quiz page, or null (staying) when the bank has no question to draw. */
  public String start(PracticeSpec spec) {
    StartOutcome outcome = taking.startPractice(currentAccount.id().orElseThrow(), spec);
    if (outcome instanceof StartOutcome.Started started) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      for (Shortage shortage : started.shortages()) {
        messages.info(shortage.messageKey(), shortage.args().toArray());
      }
      return "/exams/take?faces-redirect=true&attempt=" + started.attemptId();
    }
    messages.error(null, "course.practice.noQuestions");
    return null;
  }
}
