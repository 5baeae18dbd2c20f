package jp.wlink.question.bank.importing;

import java.util.Objects;
import jp.wlink.question.format.ImportedQuestion;

/** A question of a previewed import, with its duplicate fingerprint and whether it repeats one. */
public record StagedQuestion(ImportedQuestion question, String fingerprint, Duplicate duplicate) {
  public StagedQuestion {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(duplicate, "duplicate");
  }

  public boolean isDuplicate() {
    return duplicate != Duplicate.NONE;
  }
}
