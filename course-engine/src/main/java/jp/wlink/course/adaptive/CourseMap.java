package jp.wlink.course.adaptive;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a published course offers the policy: skills with their level (1–5) and prerequisites,
 * lessons in course order with the skill each teaches, unit checkpoints with the skills they test,
 * and question items with their skill and calibrated difficulty. Built once per published version
 * and shared by every learner: immutable, indexed by small integers, each skill's items sorted by
 * difficulty. Invariant: every reference names a known skill and prerequisites have no cycle.
 */
public final class CourseMap {
  private final long courseId;
  private final String[] skillIds;
  private final Map<String, Integer> skillIndex;
  private final int[] skillLevel;
  private final int[][] prerequisites;
  private final long[] lessonIds;
  private final int[] lessonSkill;
  private final int[][] lessonsOfSkill;
  private final SkillItems[] items;
  private final long[] checkpointIds;
  private final int[][] checkpointSkills;
  private final int maxLevel;

  CourseMap(CourseMapBuilder b) {
    this.courseId = b.courseId;
    this.skillIds = b.skillIds.toArray(String[]::new);
    this.skillIndex = Map.copyOf(b.skillIndex);
    this.skillLevel = b.skillLevels.stream().mapToInt(Integer::intValue).toArray();
    this.prerequisites = b.prerequisiteIndexes();
    this.lessonIds = b.lessonIds.stream().mapToLong(Long::longValue).toArray();
    this.lessonSkill = b.lessonSkills.stream().mapToInt(Integer::intValue).toArray();
    this.lessonsOfSkill = b.lessonsBySkill();
    this.items = b.sortedItems();
    this.checkpointIds = b.checkpointIds.stream().mapToLong(Long::longValue).toArray();
    this.checkpointSkills = b.checkpointSkills.toArray(int[][]::new);
    this.maxLevel = Arrays.stream(skillLevel).max().orElse(1);
  }

  /** Starts a course map; add skills before the lessons, items and checkpoints that use them. */
  public static CourseMapBuilder builder(long courseId) {
    return new CourseMapBuilder(courseId);
  }

  public long courseId() {
    return courseId;
  }

  public List<String> skillIds() {
    return List.of(skillIds);
  }

  /** The course's highest level. */
  public int maxLevel() {
    return maxLevel;
  }

  public Optional<Integer> levelOf(String skillId) {
    return Optional.ofNullable(skillIndex.get(skillId)).map(i -> skillLevel[i]);
  }

  public int itemCount(String skillId) {
    Integer index = skillIndex.get(skillId);
    return index == null ? 0 : items[index].size();
  }

  int skillCount() {
    return skillIds.length;
  }

  String skillId(int skill) {
    return skillIds[skill];
  }

  /** The skill's index, or -1 for a skill this course does not teach. */
  int indexOf(String skillId) {
    Integer index = skillIndex.get(skillId);
    return index == null ? -1 : index;
  }

  int level(int skill) {
    return skillLevel[skill];
  }

  int[] prerequisites(int skill) {
    return prerequisites[skill];
  }

  int lessonCount() {
    return lessonIds.length;
  }

  long lessonId(int lesson) {
    return lessonIds[lesson];
  }

  int lessonSkill(int lesson) {
    return lessonSkill[lesson];
  }

  int[] lessonsOf(int skill) {
    return lessonsOfSkill[skill];
  }

  SkillItems items(int skill) {
    return items[skill];
  }

  int checkpointCount() {
    return checkpointIds.length;
  }

  long checkpointId(int checkpoint) {
    return checkpointIds[checkpoint];
  }

  int[] checkpointSkills(int checkpoint) {
    return checkpointSkills[checkpoint];
  }

  /**
   * The level a learner who reached {@code reached} studies at: never below the course's lowest
   * level that has skills, so a course that starts at level 2 starts its learners there.
   */
  public int studyLevel(int reached) {
    int lowest = Arrays.stream(skillLevel).min().orElse(1);
    return Math.max(reached, lowest);
  }

  /** The lowest level above {@code level} that has skills; empty levels are skipped. */
  public OptionalInt levelAbove(int level) {
    return Arrays.stream(skillLevel).filter(l -> l > level).min();
  }

  /** The highest level at or below {@code level} that has skills, or 0 when none has. */
  int levelWithSkillsUpTo(int level) {
    return Arrays.stream(skillLevel).filter(l -> l <= level).max().orElse(0);
  }
}
