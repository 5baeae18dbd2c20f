package jp.wlink.question.content;

import java.util.Objects;

/**
 * A prompt and the answer that belongs to it. An empty prompt makes the answer a distractor: it is
 * offered but belongs to no prompt.
 */
public record MatchPair(RichText prompt, String answer) {
  public MatchPair {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(answer, "answer");
  }

  public boolean distractor() {
    return prompt.isEmpty();
  }
}
