package jp.wlink.question.exam;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up the skills questions are filed under, in one query for a whole attempt. */
final class SkillsOfQuestions {
  private final EntityManager em;

  SkillsOfQuestions(EntityManager em) {
    this.em = em;
  }

  /** Each question's skills; a question filed under none is absent. */
  Map<Long, List<String>> of(List<Long> questionIds) {
    Map<Long, List<String>> skills = new HashMap<>();
    if (questionIds.isEmpty()) {
      return skills;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT q.id, s FROM Question q JOIN q.skills s WHERE q.id IN :ids", Object[].class)
            .setParameter("ids", questionIds)
            .getResultList();
    for (Object[] row : rows) {
      skills.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    return skills;
  }
}
