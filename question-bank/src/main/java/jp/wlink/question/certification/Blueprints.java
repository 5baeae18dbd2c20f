package jp.wlink.question.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the certification blueprints; editing through the web comes later. */
@ApplicationScoped
public class Blueprints {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected Blueprints() {}

  /** For tests outside a container. */
  public Blueprints(EntityManager em) {
    this.em = em;
  }

  public List<Blueprint> all() {
    return em.createNamedQuery(Blueprint.ALL, Blueprint.class).getResultList();
  }

  public Optional<Blueprint> find(long id) {
    return Optional.ofNullable(em.find(Blueprint.class, id));
  }

  public Optional<Blueprint> byCode(String code) {
    return em.createNamedQuery(Blueprint.BY_CODE, Blueprint.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
