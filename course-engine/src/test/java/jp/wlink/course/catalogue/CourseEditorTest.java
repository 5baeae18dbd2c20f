package jp.wlink.course.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseEditorTest {
  private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
  private static final long ORGANISATION = 40;

  private final Course ownCourse = course(7, null);
  private final Course organisationCourse = course(8, ORGANISATION);

  @Test
  void aHostEditsOnlyTheirOwnCourses() {
    CourseEditor host = new CourseEditor(7, Set.of(), true, false);

    assertThat(host.mayEdit(ownCourse)).isTrue();
    assertThat(host.mayEdit(organisationCourse)).isFalse();
  }

  @Test
  void anOrganisationAdminEditsTheCoursesOfTheirOrganisation() {
    CourseEditor orgAdmin = new CourseEditor(9, Set.of(ORGANISATION), true, false);

    assertThat(orgAdmin.mayEdit(organisationCourse)).isTrue();
    assertThat(orgAdmin.mayCreateFor(ORGANISATION)).isTrue();
    assertThat(orgAdmin.mayCreateFor(41L)).isFalse();
  }

  @Test
  void aLearnerEditsNothingAndAnAdministratorEverything() {
    CourseEditor learner = new CourseEditor(7, Set.of(), false, false);
    CourseEditor admin = new CourseEditor(1, Set.of(), false, true);

    assertThat(learner.mayEdit(ownCourse)).isFalse();
    assertThat(learner.mayCreate()).isFalse();
    assertThat(admin.mayEdit(organisationCourse)).isTrue();
  }

  private static Course course(long owner, Long organisation) {
    CourseDetails details = new CourseDetails("t", "", 1, Optional.empty(), List.of());
    return new Course("T-" + owner, details, owner, organisation, NOW);
  }
}
