package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.List;
import jp.wlink.course.track.CareerJob;

/** A career track as the tracks page shows it: the job and its courses in order. */
public record TrackView(CareerJob job, List<CourseCard> courses) implements Serializable {

  public String getMessageKey() {
    return job.getMessageKey();
  }
}
