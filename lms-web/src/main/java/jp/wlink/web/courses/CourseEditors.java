package jp.wlink.web.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.security.CurrentAccount;

/**
 * The caller as a course editor: hosts and organisation admins author, administrators edit every
 * course, and an organisation admin also edits the courses of the organisations they administer.
 * Anyone else is an editor of nothing.
 */
@RequestScoped
public class CourseEditors {
  @Inject private CurrentAccount currentAccount;
  @Inject private SecurityContext securityContext;
  @Inject private Organisations organisations;

  private CourseEditor current;

  public CourseEditor current() {
    if (current == null) {
      current = build();
    }
    return current;
  }

  private CourseEditor build() {
    long accountId = currentAccount.id().orElse(0L);
    boolean admin = securityContext.isCallerInRole(Role.Names.ADMIN);
    boolean orgAdmin = securityContext.isCallerInRole(Role.Names.ORG_ADMIN);
    boolean host = securityContext.isCallerInRole(Role.Names.HOST);
    Set<Long> administered =
        orgAdmin
            ? organisations.administeredBy(accountId).stream()
                .map(Organisation::getId)
                .collect(Collectors.toSet())
            : Set.of();
    return new CourseEditor(accountId, administered, host || orgAdmin, admin);
  }
}
