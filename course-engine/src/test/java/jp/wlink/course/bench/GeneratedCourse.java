package jp.wlink.course.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.wlink.course.adaptive.CourseMap;
import jp.wlink.course.adaptive.CourseMapBuilder;

/**
 * A synthetic course the size of a large real one: skills over five levels in chains of five (each
 * skill needs the one before it in its chain and the same skill one level down), two lessons per
 * skill, a checkpoint per chain, and items with true difficulties around the skill's level. Items
 * are numbered 1..n and skills "s000".."s099".
 */
final class GeneratedCourse {
  static final int LEVELS = 5;
  static final int CHAIN = 5;

  final int skills;
  final int items;
  final int[] itemSkill;
  final double[] trueDifficulty;

  GeneratedCourse(int skills, int items, long seed) {
    if (skills % (LEVELS * CHAIN) != 0 || items % skills != 0) {
      throw new IllegalArgumentException("skills must split into levels and chains, items evenly");
    }
    this.skills = skills;
    this.items = items;
    this.itemSkill = new int[items];
    this.trueDifficulty = new double[items];
    SplittableRandom random = new SplittableRandom(seed);
    int perSkill = items / skills;
    for (int item = 0; item < items; item++) {
      itemSkill[item] = item / perSkill;
      trueDifficulty[item] = (level(item / perSkill) - 3) * 0.5 + gaussian(random);
    }
  }

  static String skillId(int skill) {
    return String.format("s%03d", skill);
  }

  int level(int skill) {
    return 1 + skill * LEVELS / skills;
  }

  int skillsPerLevel() {
    return skills / LEVELS;
  }

  long lessonId(int skill, int part) {
    return 10_000L + skill * 2L + part;
  }

  long checkpointId(int chain) {
    return 20_000L + chain;
  }

  /** The course map, its items ordered by the difficulties calibrated from answers. */
  CourseMap map(double[] calibratedDifficulty) {
    CourseMapBuilder course = CourseMap.builder(1);
    for (int skill = 0; skill < skills; skill++) {
      course.skill(skillId(skill), level(skill), prerequisites(skill));
    }
    for (int skill = 0; skill < skills; skill++) {
      course.lesson(lessonId(skill, 0), skillId(skill)).lesson(lessonId(skill, 1), skillId(skill));
    }
    for (int item = 0; item < items; item++) {
      course.item(item + 1L, skillId(itemSkill[item]), calibratedDifficulty[item]);
    }
    for (int chain = 0; chain < skills / CHAIN; chain++) {
      String[] members = new String[CHAIN];
      for (int k = 0; k < CHAIN; k++) {
        members[k] = skillId(chain * CHAIN + k);
      }
      course.checkpoint(checkpointId(chain), members);
    }
    return course.build();
  }

  private String[] prerequisites(int skill) {
    List<String> needed = new ArrayList<>();
    if (skill % CHAIN != 0) {
      needed.add(skillId(skill - 1));
    }
    if (skill >= skillsPerLevel()) {
      needed.add(skillId(skill - skillsPerLevel()));
    }
    return needed.toArray(String[]::new);
  }

  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
