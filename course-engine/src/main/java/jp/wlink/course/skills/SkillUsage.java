package jp.wlink.course.skills;

/** How much content carries a skill id: lessons that teach it and questions tagged with it. */
public record SkillUsage(long lessons, long questions) {
  public static final SkillUsage NONE = new SkillUsage(0, 0);
}
