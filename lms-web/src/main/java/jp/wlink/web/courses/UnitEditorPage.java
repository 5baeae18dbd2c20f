package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.web.courses.AuthoringViews.LessonRow;
import jp.wlink.web.courses.AuthoringViews.UnitDraft;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.Messages;
import org.primefaces.event.ReorderEvent;

/**
 * The unit editor: title, summary, the units it requires, its checkpoint quiz (skills, number of
 * questions, pass mark) and its lessons (add, remove, reorder by dragging or the move buttons).
 */
@Named
@ViewScoped
public class UnitEditorPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NEW_LESSON_MINUTES = 10;

  @Inject private AuthoringReading reading;
  @Inject private CourseAuthoring authoring;
  @Inject private CourseEditors editors;
  @Inject private Messages messages;

  private Long id;
  private UnitDraft draft;
  private ArrayList<LessonRow> lessons;
  private final UnitForm form = new UnitForm();
  private String newLessonTitle;

  public String load() {
    if (id == null || !reload()) {
      return PageParams.notFound();
    }
    form.fill(draft);
    return null;
  }

  private boolean reload() {
    Optional<UnitDraft> found = reading.unit(editors.current(), id);
    found.ifPresent(
        d -> {
          draft = d;
          lessons = new ArrayList<>(d.lessons());
        });
    return found.isPresent();
  }

  public void save() {
    SkillText.Parsed<String> skills = SkillText.ids(form.getCheckpointSkills());
    if (!skills.ok()) {
      messages.error("unit:skills", "course.error.skill", skills.badEntry().orElseThrow());
      return;
    }
    if (form.getCheckpointCount() > 0 && skills.values().isEmpty()) {
      messages.error("unit:skills", "course.error.checkpointSkills");
      return;
    }
    boolean saved =
        AuthoringOutcome.attempt(
            messages,
            () ->
                authoring.describeUnit(
                    editors.current(), id, form.details(skills.values()), form.requiredIds()),
            "course.unit.saved");
    if (saved) {
      reload();
      form.fill(draft);
    }
  }

  public void addLesson() {
    String title = newLessonTitle;
    if (AuthoringOutcome.attempt(
        messages,
        () ->
            authoring.addLesson(
                editors.current(),
                id,
                new LessonDetails(title, "", 1, NEW_LESSON_MINUTES, List.of(), 0)),
        "course.lesson.added")) {
      newLessonTitle = null;
    }
    reload();
  }

  /** A row of the lessons table was dropped at another place. */
  public void reorderLessons(ReorderEvent event) {
    moveLesson(event.getFromIndex(), event.getToIndex());
  }

  public void moveLesson(int from, int to) {
    AuthoringOutcome.attempt(
        messages,
        () -> authoring.moveLesson(editors.current(), id, from, to),
        "course.lesson.moved");
    reload();
  }

  public void removeLesson(long lessonId) {
    AuthoringOutcome.attempt(
        messages,
        () -> authoring.removeLesson(editors.current(), lessonId),
        "course.lesson.removed");
    reload();
  }

  public UnitDraft getDraft() {
    return draft;
  }

  /**
   * The lessons table's rows, in a list of its own that may change: on a drop PrimeFaces moves the
   * row in the table's list before the listener runs, and the draft's list is unmodifiable.
   */
  public List<LessonRow> getLessons() {
    return lessons;
  }

  /** The checkpoint's skill ids, for the page to show their names to the author. */
  public List<String> getSkillIds() {
    return SkillText.ids(form.getCheckpointSkills()).values();
  }

  public UnitForm getForm() {
    return form;
  }

  public String getNewLessonTitle() {
    return newLessonTitle;
  }

  public void setNewLessonTitle(String newLessonTitle) {
    this.newLessonTitle = newLessonTitle;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
