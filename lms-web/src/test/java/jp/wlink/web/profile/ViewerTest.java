package jp.wlink.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewerTest {
  private static final long OWNER_ID = 7;

  @Test
  void isAnonymousWithoutALogin() {
    assertThat(Viewer.of(Optional.empty(), false, OWNER_ID)).isEqualTo(Viewer.ANONYMOUS);
  }

  @Test
  void isTheOwnerOnTheirOwnProfileEvenAsAdministrator() {
    assertThat(Viewer.of(Optional.of(OWNER_ID), false, OWNER_ID)).isEqualTo(Viewer.OWNER);
    assertThat(Viewer.of(Optional.of(OWNER_ID), true, OWNER_ID)).isEqualTo(Viewer.OWNER);
  }

  @Test
  void isAnAdministratorOrAMemberOnSomeoneElsesProfile() {
    assertThat(Viewer.of(Optional.of(8L), true, OWNER_ID)).isEqualTo(Viewer.ADMIN);
    assertThat(Viewer.of(Optional.of(8L), false, OWNER_ID)).isEqualTo(Viewer.MEMBER);
  }

  @Test
  void seesEachVisibilityOnlyWhenAllowed() {
    assertThat(Viewer.ANONYMOUS.sees(Visibility.PUBLIC)).isTrue();
    assertThat(Viewer.ANONYMOUS.sees(Visibility.MEMBERS)).isFalse();
    assertThat(Viewer.MEMBER.sees(Visibility.MEMBERS)).isTrue();
    assertThat(Viewer.MEMBER.sees(Visibility.ONLY_ME)).isFalse();
    assertThat(Viewer.OWNER.sees(Visibility.ONLY_ME)).isTrue();
    assertThat(Viewer.ADMIN.sees(Visibility.ONLY_ME)).isTrue();
  }
}
