package jp.wlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {
  @Test
  void writesAVersionAsAStrongEntityTag() {
    assertThat(IfMatch.etagOf(7)).isEqualTo("\"7\"");
  }

  @Test
  void treatsAMissingHeaderAsNoPrecondition() {
    assertThat(IfMatch.parse(null)).isEmpty();
    assertThat(IfMatch.parse("  ")).isEmpty();
  }

  @Test
  void acceptsOnlyTheVersionItNames() {
    IfMatch precondition = IfMatch.parse("\"7\"").orElseThrow();

    assertThat(precondition.accepts(7)).isTrue();
    assertThat(precondition.accepts(8)).isFalse();
  }

  @Test
  void acceptsAnyOfSeveralTags() {
    IfMatch precondition = IfMatch.parse("\"3\", \"7\" ,\"a,b\"").orElseThrow();

    assertThat(precondition.accepts(3)).isTrue();
    assertThat(precondition.accepts(7)).isTrue();
    assertThat(precondition.accepts(5)).isFalse();
  }

  @Test
  void neverAcceptsAWeakTagBecauseIfMatchComparesStrongly() {
    assertThat(IfMatch.parse("W/\"7\"").orElseThrow().accepts(7)).isFalse();
  }

  @Test
  void acceptsEveryVersionForAStar() {
    assertThat(IfMatch.parse(" * ").orElseThrow().accepts(42)).isTrue();
  }

  @Test
  void acceptsNothingForAMalformedHeader() {
    assertThat(IfMatch.parse("7").orElseThrow().accepts(7)).isFalse();
    assertThat(IfMatch.parse("\"7").orElseThrow().accepts(7)).isFalse();
  }
}
