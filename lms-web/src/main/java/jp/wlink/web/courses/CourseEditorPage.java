package jp.wlink.web.courses;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.track.CareerJob;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.web.courses.AuthoringViews.CourseDraft;
import jp.wlink.web.courses.AuthoringViews.UnitRow;
import jp.wlink.web.exams.PageParams;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.questions.CertificationOption;
import org.primefaces.event.ReorderEvent;

/**
 * The course editor: details (title, summary, level, target certification, skills with levels), the
 * career tracks it belongs to, its units (add, remove, reorder by dragging or with the move
 * buttons), and publishing, which lists what is still missing.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuthoringReading reading;
  @Inject private CourseAuthoring authoring;
  @Inject private CareerTracks tracks;
  @Inject private CourseEditors editors;
  @Inject private Blueprints blueprints;
  @Inject private Messages messages;

  private Long id;
  private CourseDraft draft;
  private ArrayList<UnitRow> units;
  private final CourseForm form = new CourseForm();
  private List<CertificationOption> certifications;
  private String newUnitTitle;

  public String load() {
    if (id == null || !reload()) {
      return PageParams.notFound();
    }
    certifications = blueprints.all().stream().map(CertificationOption::of).toList();
    form.fill(draft);
    return null;
  }

  private boolean reload() {
    Optional<CourseDraft> found = reading.course(editors.current(), id);
    found.ifPresent(
        d -> {
          draft = d;
          units = new ArrayList<>(d.units());
        });
    return found.isPresent();
  }

  public void save() {
    SkillText.Parsed<SkillLevel> skills = SkillText.levels(form.getSkills(), form.getLevel());
    if (!skills.ok()) {
      messages.error("course:skills", "course.error.skill", skills.badEntry().orElseThrow());
      return;
    }
    boolean saved =
        AuthoringOutcome.attempt(
            messages,
            () -> {
              CourseDetails details = form.details(skills.values());
              authoring.describe(editors.current(), id, draft.version(), details);
              tracks.place(id, form.chosenTracks());
            },
            "course.saved");
    if (saved) {
      reload();
      form.fill(draft);
    }
  }

  public void addUnit() {
    String title = newUnitTitle;
    if (AuthoringOutcome.attempt(
        messages,
        () -> authoring.addUnit(editors.current(), id, UnitDetails.withoutCheckpoint(title, "")),
        "course.unit.added")) {
      newUnitTitle = null;
    }
    reload();
  }

  /** A row of the units table was dropped at another place. */
  public void reorderUnits(ReorderEvent event) {
    moveUnit(event.getFromIndex(), event.getToIndex());
  }

  /** The keyboard way to reorder: one place up or down. */
  public void moveUnit(int from, int to) {
    AuthoringOutcome.attempt(
        messages, () -> authoring.moveUnit(editors.current(), id, from, to), "course.unit.moved");
    reload();
  }

  public void removeUnit(long unitId) {
    AuthoringOutcome.attempt(
        messages, () -> authoring.removeUnit(editors.current(), unitId), "course.unit.removed");
    reload();
  }

  public void publish() {
    AuthoringOutcome.attempt(
        messages, () -> authoring.publish(editors.current(), id), "course.published");
    reload();
  }

  public void withdraw() {
    AuthoringOutcome.attempt(
        messages, () -> authoring.withdraw(editors.current(), id), "course.withdrawn");
    reload();
  }

  public List<CareerJob> getJobs() {
    return List.of(CareerJob.values());
  }

  public List<Integer> getLevels() {
    return LevelChoices.ALL;
  }

  public List<CertificationOption> getCertifications() {
    return certifications;
  }

  public CourseDraft getDraft() {
    return draft;
  }

  /**
   * The units table's rows. A list of its own that may change: on a drop PrimeFaces moves the row
   * in the table's list before the listener runs, and the draft's list is unmodifiable.
   */
  public List<UnitRow> getUnits() {
    return units;
  }

  /** The skill ids of the saved details, for the page to show their names to the author. */
  public List<String> getSkillIds() {
    return SkillText.levels(form.getSkills(), form.getLevel()).values().stream()
        .map(SkillLevel::getSkill)
        .toList();
  }

  public CourseForm getForm() {
    return form;
  }

  public String getNewUnitTitle() {
    return newUnitTitle;
  }

  public void setNewUnitTitle(String newUnitTitle) {
    this.newUnitTitle = newUnitTitle;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
