package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives skill ids their stored model numbers, handing out a new one the first time a skill is
 * answered. Committed numbers never change, so those read from the database are cached.
 */
// LIMITATION: two learners answering a never-seen skill at the same moment race on its unique
// row; the loser's update fails and is logged, and their next answer at the skill is learnt.
final class SkillNumbering {
  private final Map<String, Integer> known = new ConcurrentHashMap<>();

  /** The skill's number, creating it in the caller's transaction when the skill is new. */
  int number(EntityManager em, String skill) {
    Optional<Integer> stored = find(em, skill);
    if (stored.isPresent()) {
      return stored.get();
    }
    SkillNumber created = new SkillNumber(skill);
    em.persist(created);
    em.flush();
    return created.number();
  }

  /** The skill's number if it has one. */
  Optional<Integer> find(EntityManager em, String skill) {
    Integer cached = known.get(skill);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<SkillNumber> rows =
        em.createQuery("SELECT s FROM SkillNumber s WHERE s.skill = :skill", SkillNumber.class)
            .setParameter("skill", skill)
            .getResultList();
    rows.forEach(row -> known.put(row.getSkill(), row.number()));
    return rows.stream().findFirst().map(SkillNumber::number);
  }
}
