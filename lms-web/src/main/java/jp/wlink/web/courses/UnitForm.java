package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.web.courses.AuthoringViews.UnitDraft;

/** The fields of the unit editor, as typed; prerequisites as the ids the check boxes post. */
public class UnitForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private List<String> required = new ArrayList<>();
  private String checkpointSkills;
  private int checkpointCount;
  private int passPercent = 60;

  void fill(UnitDraft draft) {
    title = draft.title();
    summary = draft.summary();
    required = new ArrayList<>(draft.requiredIds().stream().map(String::valueOf).toList());
    checkpointSkills = draft.checkpointSkills();
    checkpointCount = draft.checkpointCount();
    passPercent = draft.passPercent();
  }

  UnitDetails details(List<String> skills) {
    return new UnitDetails(title, summary, skills, checkpointCount, passPercent);
  }

  List<Long> requiredIds() {
    return required.stream().map(Long::valueOf).toList();
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

  public List<String> getRequired() {
    return required;
  }

  public void setRequired(List<String> required) {
    this.required = required == null ? new ArrayList<>() : new ArrayList<>(required);
  }

  public String getCheckpointSkills() {
    return checkpointSkills;
  }

  public void setCheckpointSkills(String checkpointSkills) {
    this.checkpointSkills = checkpointSkills;
  }

  public int getCheckpointCount() {
    return checkpointCount;
  }

  public void setCheckpointCount(int checkpointCount) {
    this.checkpointCount = checkpointCount;
  }

  public int getPassPercent() {
    return passPercent;
  }

  public void setPassPercent(int passPercent) {
    this.passPercent = passPercent;
  }
}
