package jp.wlink.course.catalogue;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is authoring, as the engine needs to know it: the account, the organisations it administers,
 * and whether it is an author at all (a host or an organisation admin) or an administrator. An
 * author edits the courses they own and those of organisations they administer; an administrator
 * edits every course. The web layer builds this from the caller's roles.
 */
public record CourseEditor(long accountId, Set<Long> organisationIds, boolean author, boolean admin)
    implements Serializable {
  public CourseEditor {
    organisationIds = Set.copyOf(organisationIds);
  }

  public boolean mayCreate() {
    return author || admin;
  }

  /** Whether a course may be created for {@code organisationId} (empty: no organisation). */
  public boolean mayCreateFor(Long organisationId) {
    return mayCreate()
        && (organisationId == null || admin || organisationIds.contains(organisationId));
  }

  public boolean mayEdit(Course course) {
    if (admin) {
      return true;
    }
    boolean ownOrganisation =
        course.getOrganisationId().map(organisationIds::contains).orElse(false);
    return author && (course.getOwnerId() == accountId || ownOrganisation);
  }
}
