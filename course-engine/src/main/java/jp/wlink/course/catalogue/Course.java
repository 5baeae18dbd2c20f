package jp.wlink.course.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * A course: ordered units of ordered lessons at a level from 1 (初級) to 5 (上級), owned by the account
 * that created it and, optionally, an organisation whose admins may also edit it. Learners see it
 * only once it is {@link CourseStatus#PUBLISHED}, which {@link PublishingRules} allows only when
 * every unit has a lesson. {@link #getVersion()} rises with every change so that two authors cannot
 * overwrite each other.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(
    name = Course.PUBLISHED,
    query =
        "SELECT c FROM Course c WHERE c.status = jp.wlink.course.catalogue.CourseStatus.PUBLISHED"
            + " ORDER BY c.level, c.title")
@NamedQuery(name = Course.ALL, query = "SELECT c FROM Course c ORDER BY c.level, c.title")
public class Course {
  public static final String BY_CODE = "Course.byCode";
  public static final String PUBLISHED = "Course.published";
  public static final String ALL = "Course.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(name = "course_level", nullable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseStatus status;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "organisation_id")
  private Long organisationId;

  private String certification;

  @ElementCollection
  @CollectionTable(name = "course_skill", joinColumns = @JoinColumn(name = "course_id"))
  @OrderColumn(name = "skill_order")
  private List<SkillLevel> skills = new ArrayList<>();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseUnit> units = new ArrayList<>();

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected Course() {}

  /** A new draft course owned by {@code ownerId}, for {@code organisationId} when given. */
  public Course(
      String code, CourseDetails details, long ownerId, Long organisationId, Instant now) {
    this.code = CourseCodes.check(code);
    this.ownerId = ownerId;
    this.organisationId = organisationId;
    this.status = CourseStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now, "now");
    describe(details, now);
  }

  /** Takes new details; the code, owner and units stay. */
  public void describe(CourseDetails details, Instant now) {
    this.title = details.title();
    this.summary = details.summary();
    this.level = details.level();
    this.certification = details.certification().orElse(null);
    List<SkillLevel> given = details.skills();
    if (!skills.equals(given)) {
      skills.clear();
      skills.addAll(given);
    }
    touch(now);
  }

  /** Adds a unit at the end and returns it. */
  public CourseUnit addUnit(UnitDetails details, Instant now) {
    CourseUnit unit = new CourseUnit(this, units.size(), details);
    units.add(unit);
    touch(now);
    return unit;
  }

  /** Removes a unit with its lessons; units that required it no longer do. */
  public void removeUnit(CourseUnit unit, Instant now) {
    if (!units.remove(unit)) {
      throw new IllegalArgumentException("unit " + unit.getId() + " is not in course " + id);
    }
    for (CourseUnit other : units) {
      other.dropPrerequisite(unit);
    }
    Reordering.renumber(units);
    touch(now);
  }

  /** Moves the unit at {@code from} to {@code to} (both 0-based), as a drag and drop does. */
  public void moveUnit(int from, int to, Instant now) {
    Reordering.move(units, from, to);
    touch(now);
  }

  /**
   * Publishes the course when {@link PublishingRules} finds nothing missing.
   *
   * @param namedSkills the ids of the skills the catalogue has a name for
   * @throws NotPublishableException listing what is missing
   */
  public void publish(Instant now, Set<String> namedSkills) {
    List<PublishProblem> problems = PublishingRules.check(this, namedSkills);
    if (!problems.isEmpty()) {
      throw new NotPublishableException(problems);
    }
    status = CourseStatus.PUBLISHED;
    publishedAt = now;
    touch(now);
  }

  /** Takes the course back to a draft that learners no longer see. */
  public void withdraw(Instant now) {
    status = CourseStatus.DRAFT;
    touch(now);
  }

  /** Marks a change made inside the course (to a unit or lesson) so its version rises. */
  public void touch(Instant now) {
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public CourseUnit unit(long unitId) {
    return units.stream()
        .filter(unit -> unit.getId() != null && unit.getId() == unitId)
        .findFirst()
        .orElseThrow(() -> new UnknownCourseException("unit " + unitId + " in course " + id));
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }

  public CourseDetails details() {
    return new CourseDetails(title, summary, level, Optional.ofNullable(certification), skills);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public int getLevel() {
    return level;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public Optional<Long> getOrganisationId() {
    return Optional.ofNullable(organisationId);
  }

  public Optional<String> getCertification() {
    return Optional.ofNullable(certification);
  }

  public List<SkillLevel> getSkills() {
    return List.copyOf(skills);
  }

  public List<CourseUnit> getUnits() {
    return List.copyOf(units);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Optional<Instant> getPublishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public long getVersion() {
    return version;
  }
}
