package jp.wlink.web.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.wlink.question.exam.AttemptNotFound;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.questions.QuestionDisplay;
import jp.wlink.web.security.CurrentAccount;
import org.jsoup.Jsoup;

/**
 * The result of a submitted attempt, with the review of every question. An attempt whose deadline
 * passed before the sweep reached it is submitted on the spot; one still open goes back to the
 * exam.
 */
@Named
@ViewScoped
public class ResultPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern GAP = Pattern.compile("\\{#(\\d+)\\}");

  @Inject private ExamTaking taking;
  @Inject private Reviews reviews;
  @Inject private CurrentAccount currentAccount;
  @Inject private QuestionDisplay display;
  @Inject private Messages messages;
  @Inject private LocaleSelection localeSelection;

  private Long attempt;
  private transient ResultView result;

  public String load() {
    if (attempt == null) {
      return PageParams.notFound();
    }
    long learner = currentAccount.id().orElseThrow();
    Optional<Review> review;
    try {
      taking.closeIfOverdue(attempt, learner);
      review = reviews.of(attempt, learner);
    } catch (AttemptNotFound notTheirs) {
      return PageParams.notFound();
    }
    if (review.isEmpty()) {
      return "/exams/take?faces-redirect=true&attempt=" + attempt;
    }
    // The view's own locale is not set yet while the view action runs: it would follow the
    // browser's Accept-Language, not the language the visitor chose.
    Locale locale = localeSelection.getLocale();
    result = ResultView.of(review.get(), display, (k, a) -> messages.text(locale, k, a), locale);
    return null;
  }

  public ResultView getResult() {
    return result;
  }

  public List<ResultView.ItemView> getItems() {
    return result.items();
  }

  /** The score as a percentage of a question's mark, for an item that has one. */
  public long percent(ResultView.ItemView item) {
    return item.score() == null ? 0 : Math.round(item.score() * 100);
  }

  /** The stem as the review shows it: a cloze question's gaps as numbered blanks. */
  public String stem(ResultView.ItemView item) {
    return GAP.matcher(item.question().stem()).replaceAll("［$1］");
  }

  /** The author's general feedback, unless it only repeats the explanation shown below it. */
  public boolean showsGeneralFeedback(ResultView.ItemView item) {
    return item.generalFeedback() != null
        && !item.generalFeedback().isBlank()
        && !sameText(item.generalFeedback(), item.explanation());
  }

  static boolean sameText(String html, String other) {
    return other != null && plain(html).equals(plain(other));
  }

  private static String plain(String html) {
    return Jsoup.parse(html).text().replaceAll("\\s+", "");
  }

  /** A subject's verdict: a dash when it has no minimum, so that 0 points never "meets" one. */
  public String subjectVerdictKey(ResultView.SubjectView subject) {
    if (subject.minimumCorrect() == null) {
      return "exam.result.subjectNoMinimum";
    }
    return subject.passed() ? "exam.result.subjectOk" : "exam.result.subjectBelow";
  }

  public boolean isPassDecided() {
    return result.passed() != null;
  }

  public boolean isPassed() {
    return Boolean.TRUE.equals(result.passed());
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }
}
