package jp.wlink.web.courses;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.track.CareerJob;

/** 技術オンライン: the published courses, filtered by level and by career track. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CourseReading reading;

  private Integer level;
  private CareerJob track;
  private List<TrackView> tracks;
  private List<CourseCard> courses;

  @PostConstruct
  void load() {
    tracks = reading.tracks();
    filter();
  }

  /** Applies the chosen level and track. */
  public void filter() {
    Optional<Set<Long>> inTrack =
        Optional.ofNullable(track)
            .map(
                job -> {
                  Set<Long> ids = new HashSet<>();
                  tracks.stream()
                      .filter(t -> t.job() == job)
                      .forEach(t -> t.courses().forEach(c -> ids.add(c.id())));
                  return ids;
                });
    courses = reading.catalogue(Optional.ofNullable(level), inTrack);
  }

  public List<Integer> getLevels() {
    return LevelChoices.ALL;
  }

  public List<CareerJob> getJobs() {
    return List.of(CareerJob.values());
  }

  public List<CourseCard> getCourses() {
    return courses;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public CareerJob getTrack() {
    return track;
  }

  public void setTrack(CareerJob track) {
    this.track = track;
  }
}
