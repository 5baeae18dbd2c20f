package jp.wlink.course.adaptive;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The thresholds of the next-activity policy.
 *
 * @param masteryThreshold mastery from which a skill counts as mastered: it unlocks the skills that
 *     need it and needs no more practice
 * @param promotionThreshold mean mastery of the current level's skills that earns a promotion
 * @param checkpointReadiness the mastery every skill of a unit needs before its checkpoint quiz
 * @param bandLow lowest predicted success rate of a practice item
 * @param bandTarget the success rate practice aims at when no item lies in the band
 * @param bandHigh highest predicted success rate of a practice item
 * @param maxSkillsInProgress how many studied but unmastered skills a learner may have before the
 *     policy prefers practice to a new lesson
 * @param examFocusDays from how many days before the exam the certification's skills come first
 * @param comfortableSkillsPerWeek a pace above which the certification's skills come first even
 *     when the exam is still far
 * @param zone where the learner's days begin and end (exam dates are local dates)
 */
public record PolicySettings(
    double masteryThreshold,
    double promotionThreshold,
    double checkpointReadiness,
    double bandLow,
    double bandTarget,
    double bandHigh,
    int maxSkillsInProgress,
    int examFocusDays,
    double comfortableSkillsPerWeek,
    ZoneId zone) {

  public PolicySettings {
    requireProbability(masteryThreshold, "masteryThreshold");
    requireProbability(promotionThreshold, "promotionThreshold");
    requireProbability(checkpointReadiness, "checkpointReadiness");
    new Band(bandLow, bandTarget, bandHigh);
    if (maxSkillsInProgress < 1 || examFocusDays < 0 || !(comfortableSkillsPerWeek > 0)) {
      throw new IllegalArgumentException(
          "skills in progress, focus days and pace must be positive");
    }
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * Mastered at 0.8, promoted at a mean of 0.8, checkpoint at 0.7, practice at 70–85% aiming at
   * 77%, two skills in progress, exam focus from 14 days or above two skills a week, Tokyo time.
   */
  public static PolicySettings defaults() {
    return new PolicySettings(0.8, 0.8, 0.7, 0.70, 0.77, 0.85, 2, 14, 2.0, ZoneId.of("Asia/Tokyo"));
  }

  Band band() {
    return new Band(bandLow, bandTarget, bandHigh);
  }

  private static void requireProbability(double value, String name) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in (0, 1]");
    }
  }
}
