package jp.wlink.web.courses;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/**
 * The career tracks: for each job type the courses in the order to take them. A student (job
 * seeker) reads them as a career plan (キャリアプラン) for the job they aim at; everyone else as a
 * learning path (学習パス) in the job they do.
 */
@Named
@ViewScoped
public class TracksPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CourseReading reading;
  @Inject private SecurityContext securityContext;

  private List<TrackView> tracks;
  private boolean careerPlan;

  @PostConstruct
  void load() {
    tracks = reading.tracks();
    careerPlan = TrackWording.isCareerPlan(securityContext::isCallerInRole);
  }

  /** The bundle key prefix of this reader's words: {@code track.plan.} or {@code track.path.}. */
  public String getWording() {
    return careerPlan ? "track.plan." : "track.path.";
  }

  public List<TrackView> getTracks() {
    return tracks;
  }
}
