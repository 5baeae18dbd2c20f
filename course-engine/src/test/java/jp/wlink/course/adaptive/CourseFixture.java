package jp.wlink.course.adaptive;

/**
 * A small water-treatment course: mixing and coagulation at level 1 (coagulation needs mixing),
 * filtration and disinfection at level 2 (both need coagulation), one lesson each, a checkpoint
 * over level 1, and five items per skill (mixing 501–505, coagulation 601–605, filtration 701–705,
 * disinfection 801–805), the last digit 1 the easiest and 5 the hardest.
 */
final class CourseFixture {
  static final String MIXING = "mixing";
  static final String COAGULATION = "coagulation";
  static final String FILTRATION = "filtration";
  static final String DISINFECTION = "disinfection";

  static final long MIXING_LESSON = 101;
  static final long COAGULATION_LESSON = 102;
  static final long FILTRATION_LESSON = 103;
  static final long DISINFECTION_LESSON = 104;
  static final long UNIT_ONE_CHECKPOINT = 900;

  private CourseFixture() {}

  static CourseMap waterTreatment() {
    CourseMapBuilder course =
        CourseMap.builder(7)
            .skill(MIXING, 1)
            .skill(COAGULATION, 1, MIXING)
            .skill(FILTRATION, 2, COAGULATION)
            .skill(DISINFECTION, 2, COAGULATION)
            .lesson(MIXING_LESSON, MIXING)
            .lesson(COAGULATION_LESSON, COAGULATION)
            .lesson(FILTRATION_LESSON, FILTRATION)
            .lesson(DISINFECTION_LESSON, DISINFECTION)
            .checkpoint(UNIT_ONE_CHECKPOINT, MIXING, COAGULATION);
    items(course, MIXING, 50);
    items(course, COAGULATION, 60);
    items(course, FILTRATION, 70);
    items(course, DISINFECTION, 80);
    return course.build();
  }

  /** Item {@code base * 10 + k}, for k = 1..5, of difficulty k - 3 (inserted hardest first). */
  private static void items(CourseMapBuilder course, String skill, long base) {
    for (int k = 5; k >= 1; k--) {
      course.item(base * 10 + k, skill, k - 3.0);
    }
  }
}
