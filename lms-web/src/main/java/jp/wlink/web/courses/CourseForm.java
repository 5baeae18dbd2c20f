package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.track.CareerJob;
import jp.wlink.web.courses.AuthoringViews.CourseDraft;

/** The fields of the course editor, as typed. */
public class CourseForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private int level = 1;
  private String certification;
  private String skills;

  /** Job names, as the check boxes post them. */
  private List<String> tracks = new ArrayList<>();

  void fill(CourseDraft draft) {
    title = draft.card().title();
    summary = draft.card().summary();
    level = draft.card().level();
    certification = draft.certification();
    skills = draft.skills();
    tracks = new ArrayList<>(draft.tracks().stream().map(CareerJob::name).sorted().toList());
  }

  CourseDetails details(List<SkillLevel> parsedSkills) {
    return new CourseDetails(
        title, summary, level, Optional.ofNullable(certification), parsedSkills);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }

  public String getCertification() {
    return certification;
  }

  public void setCertification(String certification) {
    this.certification = certification;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  Set<CareerJob> chosenTracks() {
    Set<CareerJob> jobs = EnumSet.noneOf(CareerJob.class);
    tracks.forEach(name -> jobs.add(CareerJob.valueOf(name)));
    return jobs;
  }

  public List<String> getTracks() {
    return tracks;
  }

  public void setTracks(List<String> tracks) {
    this.tracks = tracks == null ? new ArrayList<>() : new ArrayList<>(tracks);
  }
}
