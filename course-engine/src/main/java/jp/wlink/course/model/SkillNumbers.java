package jp.wlink.course.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives the question bank's skill ids ({@code "凝集"}, {@code "ws.coagulation"}) the dense numbers 0,
 * 1, 2… that the model's compact arrays are indexed by. Numbers are handed out in the order ids are
 * first seen and never change, so the numbering must be stored with the model. Not thread-safe
 * while numbers are being added.
 */
public final class SkillNumbers {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** The skill's number, handing out the next one when the id is new. */
  public int number(String skillId) {
    Objects.requireNonNull(skillId);
    return numbers.computeIfAbsent(
        skillId,
        id -> {
          ids.add(id);
          return ids.size() - 1;
        });
  }

  /** The skill's number when it has one. */
  public Optional<Integer> find(String skillId) {
    return Optional.ofNullable(numbers.get(skillId));
  }

  /** The id of a numbered skill. */
  public String id(int number) {
    return ids.get(number);
  }

  /** All ids in the order of their numbers. */
  public List<String> ids() {
    return List.copyOf(ids);
  }
}
