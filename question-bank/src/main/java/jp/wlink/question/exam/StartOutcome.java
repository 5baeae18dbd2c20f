package jp.wlink.question.exam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of asking to start: an attempt (new, or the learner's open one for the same blueprint,
 * resumed) with any subjects that had too few questions, or nothing because no question at all
 * could be drawn.
 */
public sealed interface StartOutcome {

  record Started(
      long attemptId, Optional<Instant> deadline, List<Shortage> shortages, boolean resumed)
      implements StartOutcome {
    public Started {
      shortages = List.copyOf(shortages);
    }
  }

  record NoQuestions(List<Shortage> shortages) implements StartOutcome {
    public NoQuestions {
      shortages = List.copyOf(shortages);
    }
  }
}
