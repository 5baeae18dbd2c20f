package jp.wlink.web.courses.enrolment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.enrolment.EnrolmentRefused;
import jp.wlink.course.enrolment.ListedRow;
import jp.wlink.course.enrolment.StaffListReader;
import jp.wlink.course.enrolment.StaffListReading;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.web.courses.progress.OfficerScope;
import jp.wlink.web.courses.progress.OfficerTablePage.OfficerChoice;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisation;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The training officer enrols staff on a course: one address typed in, or an Excel or CSV list.
 * Every row is checked first and shown with its problem; nothing is written until the officer
 * confirms, and then the enrollable rows are enrolled together with their deadlines.
 */
@Named
@ViewScoped
public class StaffEnrolmentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OfficerScope scope;
  @Inject private CourseCatalogue catalogue;
  @Inject private StaffEnrolment staff;
  @Inject private Messages messages;

  private ArrayList<OfficerChoice> organisations;
  private ArrayList<OfficerChoice> courses;
  private Long organisationId;
  private Long courseId;
  private LocalDate deadline;
  private String email;
  private String fileName;
  private ArrayList<PreviewLine> lines;

  @PostConstruct
  void load() {
    organisations = new ArrayList<>();
    for (Organisation organisation : scope.organisations()) {
      organisations.add(new OfficerChoice(organisation.getId(), organisation.getName()));
    }
    courses = new ArrayList<>();
    for (Course course : catalogue.published(Optional.empty())) {
      courses.add(new OfficerChoice(course.getId(), course.getTitle()));
    }
    organisationId = organisations.isEmpty() ? null : organisations.get(0).id();
  }

  /** The view action: a course named in the address is kept only when it takes enrolments. */
  public void keepOpenCourse() {
    if (courseId != null && courses.stream().noneMatch(course -> course.id() == courseId)) {
      courseId = null;
    }
  }

  public void upload(FileUploadEvent event) {
    if (!ready()) {
      return;
    }
    UploadedFile file = event.getFile();
    StaffListReading reading;
    try (InputStream in = file.getInputStream()) {
      reading = StaffListReader.read(in, StaffListReader.Kind.ofFileName(file.getFileName()));
    } catch (IOException e) {
      messages.error(null, "enrol.bulk.unreadable");
      return;
    }
    if (reading.refused()) {
      ImportProblem problem = reading.fileProblem().orElseThrow();
      messages.error(null, problem.messageKey(), problem.arguments().toArray());
      return;
    }
    if (reading.rows().isEmpty()) {
      messages.error(null, "enrol.bulk.empty");
      return;
    }
    fileName = file.getFileName();
    lines = new ArrayList<>(check(reading.rows()));
  }

  /** Checks the one typed address; the officer confirms it like a list of one. */
  public void checkOne() {
    if (!ready()) {
      return;
    }
    if (email == null || email.isBlank()) {
      messages.error("single:email", "enrol.single.emailRequired");
      return;
    }
    fileName = null;
    lines = new ArrayList<>(check(List.of(new ListedRow(1, email.strip(), ""))));
  }

  private List<PreviewLine> check(List<ListedRow> rows) {
    scope.require(organisationId);
    return staff.check(organisationId, courseId, rows, Optional.ofNullable(deadline));
  }

  public void confirm() {
    if (lines == null || !ready()) {
      return;
    }
    scope.require(organisationId);
    try {
      int enrolled = staff.enrol(organisationId, courseId, scope.officerId(), lines);
      messages.info("enrol.done", enrolled, courseTitle());
    } catch (EnrolmentRefused refused) {
      messages.error(null, "enrol.courseClosed");
    }
    lines = null;
    email = null;
  }

  public void cancel() {
    lines = null;
    messages.info("enrol.cancelled");
  }

  private boolean ready() {
    if (organisationId == null || courseId == null) {
      messages.error(null, "enrol.chooseCourse");
      return false;
    }
    return true;
  }

  private String courseTitle() {
    return courses.stream()
        .filter(c -> c.id() == courseId)
        .map(OfficerChoice::name)
        .findFirst()
        .orElse("");
  }

  public String problemText(PreviewLine line) {
    return messages.text(line.problem().messageKey(), line.row());
  }

  public long getEnrollable() {
    return lines == null ? 0 : lines.stream().filter(PreviewLine::ok).count();
  }

  public long getRefused() {
    return lines == null ? 0 : lines.size() - getEnrollable();
  }

  public boolean isPreviewing() {
    return lines != null;
  }

  public List<PreviewLine> getLines() {
    return lines;
  }

  public List<OfficerChoice> getOrganisations() {
    return organisations;
  }

  public List<OfficerChoice> getCourses() {
    return courses;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFileName() {
    return fileName;
  }
}
