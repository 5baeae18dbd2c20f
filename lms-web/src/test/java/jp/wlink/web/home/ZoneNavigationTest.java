package jp.wlink.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.wlink.web.account.Role;
import org.junit.jupiter.api.Test;

class ZoneNavigationTest {

  @Test
  void showsTheQuestionBankAndCourseAuthoringOnlyToTheirAuthors() {
    Set<String> student = Set.of(Role.Names.STUDENT);
    Set<String> host = Set.of(Role.Names.HOST);

    assertThat(ZoneNavigation.featuresOf(Zone.GROW, student::contains))
        .extracting(FeatureLink::outcome)
        .containsExactly("/courses/index", "/courses/tracks", "/exams/index");
    assertThat(ZoneNavigation.featuresOf(Zone.GROW, host::contains))
        .extracting(FeatureLink::outcome)
        .containsExactly(
            "/courses/index",
            "/courses/tracks",
            "/exams/index",
            "/questions/index",
            "/courses/authoring/index");
  }

  @Test
  void leavesOutZonesWithNothingBuiltYet() {
    assertThat(ZoneNavigation.featuresOf(Zone.RECRUIT, role -> true)).isEmpty();
  }
}
