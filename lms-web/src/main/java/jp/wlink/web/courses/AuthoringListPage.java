package jp.wlink.web.courses;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseCodes;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.DuplicateCourseCodeException;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisations;

/**
 * 講座の作成・編集: the courses the caller may edit, and a new course (code, title, level, and for an
 * organisation admin the organisation it belongs to), which opens in the course editor.
 */
@Named
@ViewScoped
public class AuthoringListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuthoringReading reading;
  @Inject private CourseAuthoring authoring;
  @Inject private CourseEditors editors;
  @Inject private Organisations organisations;
  @Inject private Messages messages;

  private List<CourseCard> courses;
  private List<OrganisationChoice> organisationChoices;
  private String code;
  private String title;
  private int level = 1;
  private Long organisationId;

  /** An organisation the caller may create a course for. */
  public record OrganisationChoice(long id, String name) implements Serializable {}

  @PostConstruct
  void load() {
    courses = reading.courses(editors.current());
    organisationChoices =
        editors.current().organisationIds().stream()
            .flatMap(id -> organisations.find(id).stream())
            .map(o -> new OrganisationChoice(o.getId(), o.getName()))
            .toList();
  }

  public String create() {
    String trimmed = code == null ? "" : code.strip();
    if (!CourseCodes.isValid(trimmed)) {
      messages.error("create:code", "course.error.code");
      return null;
    }
    try {
      CourseDetails details = new CourseDetails(title, "", level, Optional.empty(), List.of());
      long id = authoring.create(editors.current(), trimmed, details, organisationId).getId();
      return "/courses/authoring/course?faces-redirect=true&id=" + id;
    } catch (DuplicateCourseCodeException e) {
      messages.error("create:code", "course.error.codeTaken", trimmed);
      return null;
    }
  }

  public List<CourseCard> getCourses() {
    return courses;
  }

  public List<OrganisationChoice> getOrganisationChoices() {
    return organisationChoices;
  }

  public List<Integer> getLevels() {
    return LevelChoices.ALL;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
