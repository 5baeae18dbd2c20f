package jp.wlink.course.track;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The career tracks: one per {@link CareerJob}, created on first use, each an ordered list of
 * course ids. Authors place their course in tracks (at the end); the order within a track is
 * arranged as a whole.
 */
@ApplicationScoped
@Transactional
public class CareerTracks {
  private static final Logger LOG = Logger.getLogger(CareerTracks.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected CareerTracks() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public CareerTracks(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Every job's track in the order of {@link CareerJob}, empty tracks included. */
  public List<CareerTrack> all() {
    Map<CareerJob, CareerTrack> stored =
        em.createNamedQuery(CareerTrack.ALL, CareerTrack.class)
            .getResultStream()
            .collect(Collectors.toMap(CareerTrack::getJob, Function.identity()));
    List<CareerTrack> tracks = new ArrayList<>();
    for (CareerJob job : CareerJob.values()) {
      tracks.add(stored.getOrDefault(job, new CareerTrack(job)));
    }
    return tracks;
  }

  /** Replaces the courses of the job's track with {@code courseIds}, in that order. */
  public void arrange(CareerJob job, List<Long> courseIds) {
    rearrange(track(job), courseIds);
    LOG.info(() -> "Arranged career track " + job + ": " + courseIds.size() + " courses");
  }

  /** The jobs whose track holds the course. */
  public Set<CareerJob> tracksOf(long courseId) {
    return all().stream()
        .filter(track -> track.getCourseIds().contains(courseId))
        .map(CareerTrack::getJob)
        .collect(Collectors.toSet());
  }

  /**
   * Puts the course in exactly the tracks of {@code jobs}: appended where it was missing, removed
   * where it was and should no longer be, left in place elsewhere.
   */
  public void place(long courseId, Set<CareerJob> jobs) {
    for (CareerJob job : CareerJob.values()) {
      List<Long> ids = new ArrayList<>(track(job).getCourseIds());
      boolean wanted = jobs.contains(job);
      if (wanted && !ids.contains(courseId)) {
        ids.add(courseId);
        rearrange(track(job), ids);
      } else if (!wanted && ids.remove(courseId)) {
        rearrange(track(job), ids);
      }
    }
  }

  /**
   * Empties the track in the database before writing its new order: EclipseLink may otherwise
   * insert a course at a place whose old row MySQL still holds, a duplicate (track, place).
   */
  private void rearrange(CareerTrack track, List<Long> courseIds) {
    if (track.getCourseIds().equals(courseIds)) {
      return;
    }
    track.arrange(List.of());
    em.flush();
    track.arrange(courseIds);
  }

  private CareerTrack track(CareerJob job) {
    return em.createNamedQuery(CareerTrack.BY_JOB, CareerTrack.class)
        .setParameter("job", job)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              CareerTrack created = new CareerTrack(job);
              em.persist(created);
              return created;
            });
  }
}
