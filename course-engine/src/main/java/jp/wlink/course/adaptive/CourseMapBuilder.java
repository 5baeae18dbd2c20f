package jp.wlink.course.adaptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects a course's skills, lessons, items and checkpoints, rejecting unknown skills, duplicate
 * ids, levels outside 1–5 and prerequisite cycles, then freezes them into a {@link CourseMap}.
 */
public final class CourseMapBuilder {
  final long courseId;
  final List<String> skillIds = new ArrayList<>();
  final Map<String, Integer> skillIndex = new HashMap<>();
  final List<Integer> skillLevels = new ArrayList<>();
  final List<List<String>> skillPrerequisites = new ArrayList<>();
  final List<Long> lessonIds = new ArrayList<>();
  final List<Integer> lessonSkills = new ArrayList<>();
  final List<Long> checkpointIds = new ArrayList<>();
  final List<int[]> checkpointSkills = new ArrayList<>();
  private final List<List<Item>> itemsBySkill = new ArrayList<>();
  private final Set<Long> itemIds = new HashSet<>();
  private final Set<Long> lessonIdSet = new HashSet<>();
  private final Set<Long> checkpointIdSet = new HashSet<>();

  CourseMapBuilder(long courseId) {
    this.courseId = courseId;
  }

  /** A skill taught at {@code level} (1–5) that needs {@code prerequisites} mastered first. */
  public CourseMapBuilder skill(String id, int level, String... prerequisites) {
    Objects.requireNonNull(id, "id");
    if (skillIndex.containsKey(id)) {
      throw new IllegalArgumentException("skill " + id + " is listed twice");
    }
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("skill " + id + " has level " + level + ", not 1–5");
    }
    skillIndex.put(id, skillIds.size());
    skillIds.add(id);
    skillLevels.add(level);
    skillPrerequisites.add(List.of(prerequisites));
    itemsBySkill.add(new ArrayList<>());
    return this;
  }

  /** The next lesson in course order, teaching {@code skill}. */
  public CourseMapBuilder lesson(long id, String skill) {
    if (!lessonIdSet.add(id)) {
      throw new IllegalArgumentException("lesson " + id + " is listed twice");
    }
    lessonSkills.add(known(skill));
    lessonIds.add(id);
    return this;
  }

  /**
   * A question item practising {@code skill}, with its calibrated difficulty (higher is harder).
   */
  public CourseMapBuilder item(long id, String skill, double difficulty) {
    if (!Double.isFinite(difficulty)) {
      throw new IllegalArgumentException("item " + id + " has no finite difficulty");
    }
    if (!itemIds.add(id)) {
      throw new IllegalArgumentException("item " + id + " is listed twice");
    }
    itemsBySkill.get(known(skill)).add(new Item(id, difficulty));
    return this;
  }

  /** A unit's checkpoint quiz over {@code skills}, in course order. */
  public CourseMapBuilder checkpoint(long id, String... skills) {
    if (!checkpointIdSet.add(id)) {
      throw new IllegalArgumentException("checkpoint " + id + " is listed twice");
    }
    checkpointSkills.add(Arrays.stream(skills).mapToInt(this::known).toArray());
    checkpointIds.add(id);
    return this;
  }

  public CourseMap build() {
    return new CourseMap(this);
  }

  int[][] prerequisiteIndexes() {
    int[][] indexes = new int[skillIds.size()][];
    for (int skill = 0; skill < indexes.length; skill++) {
      indexes[skill] = skillPrerequisites.get(skill).stream().mapToInt(this::known).toArray();
    }
    new PrerequisiteCycles(indexes, skillIds).reject();
    return indexes;
  }

  int[][] lessonsBySkill() {
    List<List<Integer>> bySkill = new ArrayList<>();
    skillIds.forEach(s -> bySkill.add(new ArrayList<>()));
    for (int lesson = 0; lesson < lessonSkills.size(); lesson++) {
      bySkill.get(lessonSkills.get(lesson)).add(lesson);
    }
    return bySkill.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  SkillItems[] sortedItems() {
    SkillItems[] sorted = new SkillItems[itemsBySkill.size()];
    for (int skill = 0; skill < sorted.length; skill++) {
      List<Item> items = new ArrayList<>(itemsBySkill.get(skill));
      items.sort(Comparator.comparingDouble(Item::difficulty).thenComparingLong(Item::id));
      sorted[skill] =
          new SkillItems(
              items.stream().mapToLong(Item::id).toArray(),
              items.stream().mapToDouble(Item::difficulty).toArray());
    }
    return sorted;
  }

  private int known(String skill) {
    Integer index = skillIndex.get(skill);
    if (index == null) {
      throw new IllegalArgumentException("unknown skill " + skill);
    }
    return index;
  }

  private record Item(long id, double difficulty) {}
}
