package jp.wlink.web.exams;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * 記述式の採点: essays waiting for a person, each graded with a percentage of its mark and an optional
 * comment for the learner. Grading rescores the attempt, whose result stops being provisional once
 * its last essay is graded.
 */
@Named
@ViewScoped
public class GradingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Grading grading;
  @Inject private CurrentAccount currentAccount;
  @Inject private Messages messages;

  private List<EssayCard> essays;
  private final HashMap<Long, Integer> percents = new HashMap<>();
  private final HashMap<Long, String> comments = new HashMap<>();

  @PostConstruct
  void load() {
    essays = grading.waiting();
  }

  public void grade(long slotId, int position) {
    Integer percent = percents.get(slotId);
    if (percent == null || percent < 0 || percent > 100) {
      messages.error(null, "exam.grading.percentInvalid");
      return;
    }
    grading.grade(slotId, percent, currentAccount.id().orElseThrow(), comments.get(slotId));
    messages.info("exam.grading.done", position);
    percents.remove(slotId);
    comments.remove(slotId);
    load();
  }

  public List<EssayCard> getEssays() {
    return essays;
  }

  public Map<Long, Integer> getPercents() {
    return percents;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
