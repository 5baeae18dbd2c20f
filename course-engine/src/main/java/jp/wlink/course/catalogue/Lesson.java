package jp.wlink.course.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson of a unit: a body of sanitised HTML (the authoring service sanitises before it gets
 * here), an optional video, PDF attachments, and the question-bank skills it teaches, from which a
 * learner's practice quiz of {@code practiceCount} questions is drawn.
 */
@Entity
@Table(name = "lesson")
public class Lesson implements Positioned {
  public static final int MAX_ATTACHMENTS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private CourseUnit unit;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "lesson_level", nullable = false)
  private int level;

  @Column(nullable = false)
  private int minutes;

  @Embedded private LessonVideo video = LessonVideo.none();

  @ElementCollection
  @CollectionTable(name = "lesson_skill", joinColumns = @JoinColumn(name = "lesson_id"))
  @OrderColumn(name = "skill_order")
  @Column(name = "skill", nullable = false)
  private List<String> skills = new ArrayList<>();

  @Column(name = "practice_count", nullable = false)
  private int practiceCount;

  @ElementCollection
  @CollectionTable(name = "lesson_attachment", joinColumns = @JoinColumn(name = "lesson_id"))
  @OrderColumn(name = "attachment_order")
  private List<Attachment> attachments = new ArrayList<>();

  @Version private long version;

  protected Lesson() {}

  Lesson(CourseUnit unit, int position, LessonDetails details) {
    this.unit = unit;
    this.position = position;
    describe(details);
  }

  public void describe(LessonDetails details) {
    this.title = details.title();
    this.body = details.body();
    this.level = details.level();
    this.minutes = details.minutes();
    if (!skills.equals(details.skills())) {
      skills.clear();
      skills.addAll(details.skills());
    }
    this.practiceCount = details.practiceCount();
  }

  public void showVideo(LessonVideo newVideo) {
    this.video = newVideo == null ? LessonVideo.none() : newVideo;
  }

  /** Attaches a PDF at the end; at most {@value #MAX_ATTACHMENTS}. */
  public void attach(Attachment attachment) {
    if (attachments.size() >= MAX_ATTACHMENTS) {
      throw new IllegalStateException("lesson " + id + " has the most attachments allowed");
    }
    attachments.add(attachment);
  }

  public void detach(int index) {
    attachments.remove(index);
  }

  @Override
  public void placeAt(int newPosition) {
    this.position = newPosition;
  }

  public LessonDetails details() {
    return new LessonDetails(title, body, level, minutes, skills, practiceCount);
  }

  public boolean hasPractice() {
    return practiceCount > 0 && !skills.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public CourseUnit getUnit() {
    return unit;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public int getLevel() {
    return level;
  }

  public int getMinutes() {
    return minutes;
  }

  public LessonVideo getVideo() {
    return video == null ? LessonVideo.none() : video;
  }

  public List<String> getSkills() {
    return List.copyOf(skills);
  }

  public int getPracticeCount() {
    return practiceCount;
  }

  public List<Attachment> getAttachments() {
    return List.copyOf(attachments);
  }

  public long getVersion() {
    return version;
  }
}
