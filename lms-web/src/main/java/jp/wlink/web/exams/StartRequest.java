package jp.wlink.web.exams;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.exam.PracticeSource;
import jp.wlink.question.exam.PracticeSpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to start: a mock exam by {@code blueprintId}, or a practice quiz of {@code count} questions
 * from {@code subjects} of {@code certification} (a blueprint code) or from {@code skills}, with an
 * optional time limit in minutes. A class with setters, as JSON-B binds it.
 */
@Schema(name = "StartRequest")
public class StartRequest {
  private Long blueprintId;
  private String certification;
  private List<String> subjects;
  private List<String> skills;
  private Integer count;
  private Integer minutes;

  /** The practice quiz this asks for; empty when it asks for a mock exam or is incomplete. */
  Optional<PracticeSpec> practice() {
    if (blueprintId != null) {
      return Optional.empty();
    }
    boolean bySkills = skills != null && !skills.isEmpty();
    PracticeSource source = bySkills ? PracticeSource.SKILLS : PracticeSource.SUBJECTS;
    return PracticeChoice.spec(source, certification, subjects, skills, count, minutes);
  }

  public Long getBlueprintId() {
    return blueprintId;
  }

  public void setBlueprintId(Long blueprintId) {
    this.blueprintId = blueprintId;
  }

  public String getCertification() {
    return certification;
  }

  public void setCertification(String certification) {
    this.certification = certification;
  }

  public List<String> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<String> subjects) {
    this.subjects = subjects;
  }

  public List<String> getSkills() {
    return skills;
  }

  public void setSkills(List<String> skills) {
    this.skills = skills;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
