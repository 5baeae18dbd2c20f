package jp.wlink.course.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit of a course: ordered lessons and a checkpoint quiz at its end. It may require other units
 * of the same course to be complete first; a unit never requires itself or a unit that (directly or
 * through others) requires it, so a learner can always find a way in.
 */
@Entity
@Table(name = "course_unit")
public class CourseUnit implements Positioned {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", nullable = false)
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @ElementCollection
  @CollectionTable(
      name = "course_unit_checkpoint_skill",
      joinColumns = @JoinColumn(name = "unit_id"))
  @OrderColumn(name = "skill_order")
  @Column(name = "skill", nullable = false)
  private List<String> checkpointSkills = new ArrayList<>();

  @Column(name = "checkpoint_count", nullable = false)
  private int checkpointCount;

  @Column(name = "checkpoint_pass_percent", nullable = false)
  private int checkpointPassPercent;

  @ManyToMany
  @JoinTable(
      name = "course_unit_prerequisite",
      joinColumns = @JoinColumn(name = "unit_id"),
      inverseJoinColumns = @JoinColumn(name = "required_unit_id"))
  private Set<CourseUnit> prerequisites = new LinkedHashSet<>();

  @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  @Version private long version;

  protected CourseUnit() {}

  CourseUnit(Course course, int position, UnitDetails details) {
    this.course = course;
    this.position = position;
    describe(details);
  }

  public void describe(UnitDetails details) {
    this.title = details.title();
    this.summary = details.summary();
    if (!checkpointSkills.equals(details.checkpointSkills())) {
      checkpointSkills.clear();
      checkpointSkills.addAll(details.checkpointSkills());
    }
    this.checkpointCount = details.checkpointCount();
    this.checkpointPassPercent = details.passPercent();
  }

  /**
   * Makes this unit require exactly {@code required}, all units of the same course.
   *
   * @throws IllegalArgumentException if that would make a unit require itself, directly or not
   */
  public void requireOnly(Set<CourseUnit> required) {
    for (CourseUnit unit : required) {
      if (unit.course != course) {
        throw new IllegalArgumentException("unit " + unit.id + " is in another course");
      }
      if (unit == this || unit.dependsOn(this)) {
        throw new IllegalArgumentException("unit " + id + " would require itself");
      }
    }
    prerequisites.retainAll(required);
    prerequisites.addAll(required);
  }

  /** Whether this unit needs {@code other}, directly or through units it needs. */
  public boolean dependsOn(CourseUnit other) {
    return Prerequisites.reaches(this, other);
  }

  void dropPrerequisite(CourseUnit unit) {
    prerequisites.remove(unit);
  }

  /** Adds a lesson at the end and returns it. */
  public Lesson addLesson(LessonDetails details) {
    Lesson lesson = new Lesson(this, lessons.size(), details);
    lessons.add(lesson);
    return lesson;
  }

  public void removeLesson(Lesson lesson) {
    if (!lessons.remove(lesson)) {
      throw new IllegalArgumentException("lesson " + lesson.getId() + " is not in unit " + id);
    }
    Reordering.renumber(lessons);
  }

  /** Moves the lesson at {@code from} to {@code to} (both 0-based). */
  public void moveLesson(int from, int to) {
    Reordering.move(lessons, from, to);
  }

  public Lesson lesson(long lessonId) {
    return lessons.stream()
        .filter(lesson -> lesson.getId() != null && lesson.getId() == lessonId)
        .findFirst()
        .orElseThrow(() -> new UnknownCourseException("lesson " + lessonId + " in unit " + id));
  }

  @Override
  public void placeAt(int newPosition) {
    this.position = newPosition;
  }

  public UnitDetails details() {
    return new UnitDetails(
        title, summary, checkpointSkills, checkpointCount, checkpointPassPercent);
  }

  public boolean hasCheckpoint() {
    return checkpointCount > 0 && !checkpointSkills.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getCheckpointSkills() {
    return List.copyOf(checkpointSkills);
  }

  public int getCheckpointCount() {
    return checkpointCount;
  }

  public int getCheckpointPassPercent() {
    return checkpointPassPercent;
  }

  public Set<CourseUnit> getPrerequisites() {
    return Set.copyOf(prerequisites);
  }

  public List<Lesson> getLessons() {
    return List.copyOf(lessons);
  }

  public long getVersion() {
    return version;
  }
}
