package jp.wlink.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.track.CareerJob;

/**
 * A course of the demo, as written by the W/LINK team: its units and lessons, whose bodies are HTML
 * files under {@code jp/wlink/web/demo/courses/}, and the blueprint code of the certification it
 * prepares for, if any. A course without units is a placeholder that stays a draft, so career
 * tracks can show what is being prepared.
 */
record DemoCourse(
    String code,
    String title,
    String summary,
    int level,
    List<String> skills,
    List<Unit> units,
    List<CareerJob> tracks,
    Optional<String> certification) {

  static final String FOLDER = "/jp/wlink/web/demo/courses/";

  /** A placeholder: title and summary only, left as a draft. */
  static DemoCourse placeholder(
      String code, String title, String summary, int level, List<CareerJob> tracks) {
    return new DemoCourse(
        code, title, summary, level, List.of(), List.of(), tracks, Optional.empty());
  }

  boolean isPlaceholder() {
    return units.isEmpty();
  }

  /**
   * A unit; {@code requires} names earlier units by their number (1-based), and the checkpoint
   * draws {@code checkpointCount} questions from the unit's skills.
   */
  record Unit(
      String title,
      String summary,
      List<Integer> requires,
      List<String> skills,
      int checkpointCount,
      int passPercent,
      List<Lesson> lessons) {}

  /** A lesson whose body is the HTML file {@code body} in the course's folder. */
  record Lesson(
      String title, String body, int level, int minutes, List<String> skills, int practiceCount) {

    String read(String courseFolder) {
      String path = FOLDER + courseFolder + "/" + body;
      try (InputStream in = DemoCourse.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("demo lesson missing: " + path);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
