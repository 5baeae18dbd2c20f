package jp.wlink.web.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.Locale;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;

/**
 * What the administrator narrows the account list by: a piece of the handle or email, a status, a
 * role. Empty criteria match everything. Builds the queries, so the list and its count agree.
 */
public class AccountFilter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final char ESCAPE = '!';

  private String text;
  private AccountStatus status;
  private Role role;

  public TypedQuery<Account> list(EntityManager em) {
    return bind(
        em.createQuery("SELECT a FROM Account a" + where() + " ORDER BY a.id", Account.class));
  }

  public TypedQuery<Long> count(EntityManager em) {
    return bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where(), Long.class));
  }

  private String where() {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (hasText()) {
      where.append(" AND (LOWER(a.handle) LIKE :text ESCAPE '!' OR a.email LIKE :text ESCAPE '!')");
    }
    if (status != null) {
      where.append(" AND a.status = :status");
    }
    if (role != null) {
      where.append(" AND :role MEMBER OF a.roles");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (hasText()) {
      query.setParameter("text", "%" + escaped(text.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (role != null) {
      query.setParameter("role", role);
    }
    return query;
  }

  /** Escapes LIKE's wildcards so that "_" and "%" in what was typed match themselves. */
  private static String escaped(String typed) {
    StringBuilder escaped = new StringBuilder();
    for (char c : typed.toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private boolean hasText() {
    return text != null && !text.isBlank();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
