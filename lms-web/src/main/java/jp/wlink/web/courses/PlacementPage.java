package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.learning.PlacementSession;
import jp.wlink.course.learning.Placements;
import jp.wlink.course.placement.PlacementResult;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.questions.QuestionDisplay;
import jp.wlink.web.security.CurrentAccount;

/**
 * The placement test ("レベル判定テスト") of a course the learner is enrolled on: one question at a time
 * until the test's rule stops it, or the learner skips the rest, then the level per skill. It may
 * be skipped altogether and taken again at any time.
 */
// LIMITATION: the running test lives in this view only (not replicated), so a test interrupted by
// a failover or an expired view starts again.
@Named
@ViewScoped
public class PlacementPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Placements placements;
  @Inject private CourseCatalogue catalogue;
  @Inject private Enrolments enrolments;
  @Inject private CurrentAccount currentAccount;
  @Inject private QuestionDisplay display;
  @Inject private Messages messages;

  private Long course;
  private String courseTitle;
  private transient PlacementSession session;
  private transient QuestionContent question;
  private Integer choice;
  private ArrayList<PlacedSkill> placed;
  private boolean skipped;
  private Integer startingLevel;

  public String load() {
    Optional<Course> found = course == null ? Optional.empty() : catalogue.find(course);
    if (found.isEmpty() || enrolments.of(learner(), course).isEmpty()) {
      return PageParams.notFound();
    }
    courseTitle = found.get().getTitle();
    return null;
  }

  public void start() {
    placed = null;
    skipped = false;
    startingLevel = null;
    session = placements.start(learner(), course).orElse(null);
    if (session == null) {
      messages.error(null, "course.placement.noQuestions");
      return;
    }
    question = placements.question(session).orElse(null);
  }

  public void answer() {
    if (session == null) {
      messages.error(null, "course.placement.expired");
      return;
    }
    if (choice == null) {
      messages.error(null, "course.placement.chooseOne");
      return;
    }
    placements.answer(session, new Response.Chosen(Set.of(choice)));
    choice = null;
    afterStep();
  }

  public void skip() {
    if (session != null) {
      placements.skip(session);
      afterStep();
    }
  }

  private void afterStep() {
    if (!session.finished()) {
      question = placements.question(session).orElse(null);
      return;
    }
    PlacementResult result = session.result();
    skipped = result.skipped();
    startingLevel = session.startingLevel().orElse(null);
    placed = new ArrayList<>();
    result
        .skills()
        .forEach(s -> placed.add(new PlacedSkill(session.skillId(s.skill()), s.level())));
    session = null;
    question = null;
  }

  /** The indexes of the shown question's choices, in their stored order. */
  public List<Integer> getChoices() {
    if (!(question != null && question.body() instanceof QuestionBody.Choices choices)) {
      return List.of();
    }
    return IntStream.range(0, choices.choices().size()).boxed().toList();
  }

  public String choiceHtml(int index) {
    return display.html(((QuestionBody.Choices) question.body()).choices().get(index).text());
  }

  public String getStemHtml() {
    return question == null ? "" : display.html(question.stem());
  }

  public boolean isRunning() {
    return session != null && question != null;
  }

  public int getNumber() {
    return session == null ? 0 : session.answered() + 1;
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }

  public List<PlacedSkill> getPlaced() {
    return placed;
  }

  /** The level the course now starts the learner at, or null after a skipped test. */
  public Integer getStartingLevel() {
    return startingLevel;
  }

  public boolean isSkipped() {
    return skipped;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Long getCourse() {
    return course;
  }

  public void setCourse(Long course) {
    this.course = course;
  }

  public Integer getChoice() {
    return choice;
  }

  public void setChoice(Integer choice) {
    this.choice = choice;
  }
}
