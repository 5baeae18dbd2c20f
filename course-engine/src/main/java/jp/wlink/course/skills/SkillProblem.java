package jp.wlink.course.skills;

/** Why a skill was not added or renamed; each names the form field and its message key. */
public enum SkillProblem {
  ID_INVALID("skillId"),
  ID_TAKEN("skillId"),
  UNKNOWN("skillId"),
  NAME_JA_REQUIRED("nameJa"),
  NAME_JA_TOO_LONG("nameJa"),
  NAME_EN_TOO_LONG("nameEn");

  private final String field;

  SkillProblem(String field) {
    this.field = field;
  }

  /** The field the problem belongs to: skillId, nameJa or nameEn. */
  public String field() {
    return field;
  }

  public String getMessageKey() {
    return "skill.error." + name();
  }
}
