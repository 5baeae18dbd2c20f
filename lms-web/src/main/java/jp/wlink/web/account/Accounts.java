package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds accounts. Changes go through the services that own each use case. */
@ApplicationScoped
public class Accounts {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  public Optional<Account> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> findByHandle(String handle) {
    return em.createNamedQuery(Account.BY_HANDLE, Account.class)
        .setParameter("handle", handle)
        .getResultStream()
        .findFirst();
  }

  /** Whether a handle is in use in any letter case, so that nobody can pass for another. */
  public boolean handleTaken(String handle) {
    return em.createNamedQuery(Account.COUNT_HANDLE_IGNORING_CASE, Long.class)
            .setParameter("handle", handle)
            .getSingleResult()
        > 0;
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  public List<Account> page(int first, int size) {
    return em.createQuery("SELECT a FROM Account a ORDER BY a.id", Account.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }
}
