package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.web.account.Role;

/**
 * What one account may do in the question bank. Hosts (the veterans who teach certifications) and
 * administrators author; organisation admins do not, because the bank is shared by every
 * organisation and has no per-organisation ownership. A host edits only the questions they wrote
 * and may move them between draft and review; publishing and retiring, which decide what every
 * learner's mock exams contain, are for administrators, who may also edit any question.
 */
public record AuthorRights(long accountId, Set<Role> roles) implements Serializable {
  /** The roles that may open the bank's pages and API at all. */
  public static final List<String> AUTHOR_ROLES = List.of(Role.Names.HOST, Role.Names.ADMIN);

  private static final Set<QuestionStatus> HOST_STATUSES =
      EnumSet.of(QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW);

  public AuthorRights {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean isAuthor() {
    return roles.contains(Role.HOST) || isAdmin();
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** Whether the account may change a question that {@code authorId} wrote. */
  public boolean mayEdit(Long authorId) {
    return isAdmin() || (isAuthor() && authorId != null && authorId == accountId);
  }

  /** Whether the account may put a question it may edit into {@code status}. */
  public boolean maySetStatus(QuestionStatus status) {
    return isAdmin() || (isAuthor() && HOST_STATUSES.contains(status));
  }

  /**
   * The statuses the editor offers for a question now in {@code current}: those the account may
   * set, and the current one, so that saving a published question unchanged keeps it published.
   */
  public List<QuestionStatus> statusChoices(QuestionStatus current) {
    return EnumSet.allOf(QuestionStatus.class).stream()
        .filter(status -> status == current || maySetStatus(status))
        .toList();
  }
}
