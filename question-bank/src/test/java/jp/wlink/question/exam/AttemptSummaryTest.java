package jp.wlink.question.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.scoring.Response;
import org.junit.jupiter.api.Test;

class AttemptSummaryTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void countsAnsweredUnansweredAndFlaggedSlots() {
    AttemptSummary summary =
        summary(
            Optional.of(NOW.plusSeconds(60)),
            slot(1, new Response.Chosen(Set.of(1)), true),
            slot(2, null, true),
            slot(3, new Response.Text("  "), false),
            slot(4, new Response.Gaps(Map.of(0, "pH")), false));

    assertThat(summary.answered()).isEqualTo(2);
    assertThat(summary.unanswered()).isEqualTo(2);
    assertThat(summary.flagged()).isEqualTo(2);
    assertThat(summary.open()).isTrue();
  }

  @Test
  void isClosedFromTheDeadlineOn() {
    assertThat(summary(Optional.of(NOW)).open()).isFalse();
    assertThat(summary(Optional.empty()).open()).isTrue();
  }

  private static AttemptSummary summary(Optional<Instant> deadline, SlotStatus... slots) {
    return new AttemptSummary(1L, AttemptState.OPEN, deadline, NOW, List.of(slots));
  }

  private static SlotStatus slot(int position, Response response, boolean flagged) {
    return new SlotStatus(
        position, "法規", 10L * position, position, 1, Optional.ofNullable(response), flagged);
  }
}
