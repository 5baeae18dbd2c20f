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
 * A lesson: its text, video with subtitles, attachments to download, and a practice quiz drawn from
 * the question bank by the lesson's skills. A lesson of a locked unit shows only what it requires.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CourseReading reading;
  @Inject private CourseEditors editors;
  @Inject private CurrentAccount currentAccount;
  @Inject private PracticeStarter practice;

  private Long id;
  private LessonView lesson;

  public String load() {
    Optional<LessonView> found =
        id == null
            ? Optional.empty()
            : reading.lesson(id, currentAccount.id().orElse(0L), editors.current());
    if (found.isEmpty()) {
      return PageParams.notFound();
    }
    lesson = found.get();
    return null;
  }

  public String startPractice() {
    if (!lesson.open() || !lesson.hasPractice()) {
      return null;
    }
    return practice.start(PracticeSpec.skills(lesson.skills(), lesson.practiceCount()));
  }

  public LessonView getLesson() {
    return lesson;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
