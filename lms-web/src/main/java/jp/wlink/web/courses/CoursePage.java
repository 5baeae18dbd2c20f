package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * A course: its units in order, each open or locked by its prerequisites, the lessons of each, and
 * the unit's checkpoint quiz. Its editors see a draft too, marked as a preview. An enrolled learner
 * sees their level and, whenever they have earned one, the promotion to accept.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String PROMOTION_FORM = "promotion";

  @Inject private CourseReading reading;
  @Inject private CourseEditors editors;
  @Inject private CurrentAccount currentAccount;
  @Inject private PracticeStarter practice;
  @Inject private NextActivities nextActivities;
  @Inject private Messages messages;

  private Long id;
  private CourseOutline course;
  private Integer learnerLevel;

  /** The earned promotion's reason arguments (the level learnt, the next level), or null. */
  private ArrayList<Object> promotion;

  /** Loads the course, or answers 404 when there is none the caller may see. */
  public String load() {
    Optional<CourseOutline> found =
        id == null
            ? Optional.empty()
            : reading.outline(id, currentAccount.id().orElse(0L), editors.current());
    if (found.isEmpty()) {
      return PageParams.notFound();
    }
    course = found.get();
    currentAccount.id().ifPresent(this::loadStanding);
    return null;
  }

  /** Accepts the promotion the learner earned on this course, refused when none is earned. */
  public void acceptPromotion() {
    long learner = currentAccount.id().orElseThrow(() -> new SecurityException("Nobody logged in"));
    nextActivities
        .acceptPromotion(learner, id)
        .ifPresentOrElse(
            level -> messages.infoFor(PROMOTION_FORM, "course.next.promoted", level),
            () -> messages.error(PROMOTION_FORM, "course.next.promotionGone"));
    loadStanding(learner);
  }

  private void loadStanding(long learner) {
    Optional<Recommendation> standing = nextActivities.recommend(learner, id);
    learnerLevel = standing.map(Recommendation::level).orElse(null);
    promotion =
        standing
            .flatMap(Recommendation::promotion)
            .map(p -> new ArrayList<>(p.arguments()))
            .orElse(null);
  }

  /** Starts the unit's checkpoint quiz as a practice quiz over its skills. */
  public String startCheckpoint(CourseOutline.UnitOutline unit) {
    if (!unit.open() && !course.editable()) {
      return null;
    }
    PracticeSpec spec = PracticeSpec.skills(unit.checkpointSkills(), unit.checkpointCount());
    return practice.start(spec);
  }

  public Integer getLearnerLevel() {
    return learnerLevel;
  }

  public List<Object> getPromotion() {
    return promotion;
  }

  public boolean isPreview() {
    return course.editable();
  }

  public CourseOutline getCourse() {
    return course;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
