package jp.wlink.web.courses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.Levels;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.Skills;

/**
 * Skills as authors type them in one field: ids separated by commas, 読点 or spaces ({@code
 * josui.coagulation, josui.filtration}), for a course each with an optional level after a colon
 * ({@code josui.coagulation:2}). A bad entry is reported by itself, so the author can fix it.
 */
final class SkillText {
  private static final String SEPARATORS = "[,、，\\s]+";

  private SkillText() {}

  /** The ids in order, or the first entry that is not a valid id. */
  static Parsed<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    for (String entry : entries(text)) {
      if (!Skills.isValid(entry)) {
        return Parsed.bad(entry);
      }
      if (!ids.contains(entry)) {
        ids.add(entry);
      }
    }
    return Parsed.good(ids);
  }

  /** Skills with levels; an entry without a level gets {@code defaultLevel}. */
  static Parsed<SkillLevel> levels(String text, int defaultLevel) {
    List<SkillLevel> skills = new ArrayList<>();
    for (String entry : entries(text)) {
      Optional<SkillLevel> skill = skillLevel(entry, defaultLevel);
      if (skill.isEmpty()) {
        return Parsed.bad(entry);
      }
      if (skills.stream().noneMatch(s -> s.getSkill().equals(skill.get().getSkill()))) {
        skills.add(skill.get());
      }
    }
    return Parsed.good(skills);
  }

  static String format(List<String> ids) {
    return String.join(", ", ids);
  }

  static String formatLevels(List<SkillLevel> skills) {
    return String.join(", ", skills.stream().map(s -> s.getSkill() + ":" + s.getLevel()).toList());
  }

  private static Optional<SkillLevel> skillLevel(String entry, int defaultLevel) {
    int colon = entry.indexOf(':');
    String id = colon < 0 ? entry : entry.substring(0, colon);
    String level = colon < 0 ? String.valueOf(defaultLevel) : entry.substring(colon + 1);
    if (!Skills.isValid(id) || !level.matches("[1-5]")) {
      return Optional.empty();
    }
    int parsed = Integer.parseInt(level);
    return parsed < Levels.LOWEST ? Optional.empty() : Optional.of(new SkillLevel(id, parsed));
  }

  private static List<String> entries(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split(SEPARATORS)).filter(e -> !e.isEmpty()).toList();
  }

  /** What was read: the values, or the entry that could not be read. */
  record Parsed<T>(List<T> values, Optional<String> badEntry) {
    static <T> Parsed<T> good(List<T> values) {
      return new Parsed<>(List.copyOf(values), Optional.empty());
    }

    static <T> Parsed<T> bad(String entry) {
      return new Parsed<>(List.of(), Optional.of(entry));
    }

    boolean ok() {
      return badEntry.isEmpty();
    }
  }
}
