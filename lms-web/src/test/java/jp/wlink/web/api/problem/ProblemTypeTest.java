package jp.wlink.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {
  @Test
  void treatsARoleRefusalWithoutACallerAsAMissingLogin() {
    assertThat(ProblemType.forDeniedAccess(false)).isEqualTo(ProblemType.UNAUTHORIZED);
    assertThat(ProblemType.forDeniedAccess(false).status()).isEqualTo(401);
    assertThat(ProblemType.forDeniedAccess(true)).isEqualTo(ProblemType.FORBIDDEN);
    assertThat(ProblemType.forDeniedAccess(true).status()).isEqualTo(403);
  }

  @Test
  void mapsRuntimeStatusesToTheirOwnTypes() {
    assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
    assertThat(ProblemType.forStatus(412)).isEqualTo(ProblemType.PRECONDITION_FAILED);
    assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void fallsBackByStatusClassForStatusesWithoutAType() {
    assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.REQUEST_REJECTED);
    assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.SERVER_ERROR);
  }

  @Test
  void publishesEachTypeUnderOneStableUri() {
    assertThat(ProblemType.FORBIDDEN.uri()).hasToString("https://wlink.jp/problems/forbidden");
    assertThat(ProblemType.LOGIN_LOCKED.uri())
        .hasToString("https://wlink.jp/problems/login-locked");
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct())
        .hasSize(ProblemType.values().length);
  }
}
