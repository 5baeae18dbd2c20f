package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.security.CurrentAccount;

/**
 * A course: its units in order, each open or locked by its prerequisites, the lessons of each, and
 * the unit's checkpoint quiz. Its editors see a draft too, marked as a preview.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CourseReading reading;
  @Inject private CourseEditors editors;
  @Inject private CurrentAccount currentAccount;
  @Inject private PracticeStarter practice;

  private Long id;
  private CourseOutline course;

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
    return null;
  }

  /** Starts the unit's checkpoint quiz as a practice quiz over its skills. */
  public String startCheckpoint(CourseOutline.UnitOutline unit) {
    if (!unit.open() && !course.editable()) {
      return null;
    }
    PracticeSpec spec = PracticeSpec.skills(unit.checkpointSkills(), unit.checkpointCount());
    return practice.start(spec);
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
