package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.List;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.web.courses.AuthoringViews.LessonDraft;

/** The fields of the lesson editor, as typed; the body is HTML the engine sanitises on save. */
public class LessonForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String body;
  private int level = 1;
  private int minutes = 10;
  private String skills;
  private int practiceCount;
  private String externalLink;

  void fill(LessonDraft draft) {
    title = draft.title();
    body = draft.body();
    level = draft.level();
    minutes = draft.minutes();
    skills = draft.skills();
    practiceCount = draft.practiceCount();
    externalLink = draft.video().link();
  }

  LessonDetails details(List<String> parsedSkills) {
    return new LessonDetails(
        title, body == null ? "" : body, level, minutes, parsedSkills, practiceCount);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public int getPracticeCount() {
    return practiceCount;
  }

  public void setPracticeCount(int practiceCount) {
    this.practiceCount = practiceCount;
  }

  public String getExternalLink() {
    return externalLink;
  }

  public void setExternalLink(String externalLink) {
    this.externalLink = externalLink;
  }
}
