package jp.wlink.course.track;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The courses that lead into one job type, in the order to take them. There is at most one track
 * per job; a course appears in it at most once but may be in several tracks.
 */
@Entity
@Table(name = "career_track")
@NamedQuery(name = CareerTrack.ALL, query = "SELECT t FROM CareerTrack t ORDER BY t.position")
@NamedQuery(name = CareerTrack.BY_JOB, query = "SELECT t FROM CareerTrack t WHERE t.job = :job")
public class CareerTrack {
  public static final String ALL = "CareerTrack.all";
  public static final String BY_JOB = "CareerTrack.byJob";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CareerJob job;

  @Column(nullable = false)
  private int position;

  @ElementCollection
  @CollectionTable(name = "career_track_course", joinColumns = @JoinColumn(name = "track_id"))
  @OrderColumn(name = "course_order")
  @Column(name = "course_id", nullable = false)
  private List<Long> courseIds = new ArrayList<>();

  @Version private long version;

  protected CareerTrack() {}

  public CareerTrack(CareerJob job) {
    this.job = Objects.requireNonNull(job, "job");
    this.position = job.ordinal();
  }

  /** Replaces the courses with {@code ordered}, dropping any repeat after its first place. */
  public void arrange(List<Long> ordered) {
    List<Long> distinct = List.copyOf(new LinkedHashSet<>(ordered));
    if (!courseIds.equals(distinct)) {
      courseIds.clear();
      courseIds.addAll(distinct);
    }
  }

  public Long getId() {
    return id;
  }

  public CareerJob getJob() {
    return job;
  }

  public int getPosition() {
    return position;
  }

  public List<Long> getCourseIds() {
    return List.copyOf(courseIds);
  }

  public long getVersion() {
    return version;
  }
}
