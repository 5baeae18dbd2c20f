package jp.wlink.question.bank;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link QuestionFilter} into one JPQL condition with named parameters, used both for a
 * page of questions and for their count, so the two always agree.
 */
final class QuestionQuery {
  private static final char ESCAPE = '!';

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();
  private final String tagJoin;
  private final String skillJoin;

  QuestionQuery(QuestionFilter filter, Set<Long> categories) {
    if (!categories.isEmpty()) {
      add("q.category.id IN :categories", "categories", categories);
    }
    filter.type().ifPresent(type -> add("q.type = :type", "type", type));
    filter.status().ifPresent(status -> add("q.status = :status", "status", status));
    filter
        .certification()
        .ifPresent(c -> add("q.certification = :certification", "certification", c));
    filter.subject().ifPresent(subject -> add("q.subject = :subject", "subject", subject));
    filter.level().ifPresent(level -> add("q.level = :level", "level", level));
    filter.tag().ifPresent(tag -> add("t = :tag", "tag", tag.strip()));
    filter.skill().ifPresent(skill -> add("s = :skill", "skill", skill.strip()));
    List<String> words = QuestionText.searchWords(filter.text());
    for (int i = 0; i < words.size(); i++) {
      add("q.searchText LIKE :w" + i + " ESCAPE '" + ESCAPE + "'", "w" + i, like(words.get(i)));
    }
    tagJoin = filter.tag().isPresent() ? " JOIN q.tags t" : "";
    skillJoin = filter.skill().isPresent() ? " JOIN q.skills s" : "";
  }

  TypedQuery<Question> page(EntityManager em) {
    String jpql =
        "SELECT DISTINCT q FROM Question q"
            + joins()
            + where()
            + " ORDER BY q.updatedAt DESC, q.id DESC";
    return bind(em.createQuery(jpql, Question.class));
  }

  TypedQuery<Long> count(EntityManager em) {
    String jpql = "SELECT COUNT(DISTINCT q) FROM Question q" + joins() + where();
    return bind(em.createQuery(jpql, Long.class));
  }

  private String joins() {
    return tagJoin + skillJoin;
  }

  private String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  private void add(String condition, String name, Object value) {
    conditions.add(condition);
    parameters.put(name, value);
  }

  /** A contains-pattern for the word, with LIKE's own characters taken literally. */
  static String like(String word) {
    StringBuilder pattern = new StringBuilder("%");
    for (char c : word.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
