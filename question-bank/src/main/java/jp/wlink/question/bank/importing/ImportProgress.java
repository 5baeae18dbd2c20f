package jp.wlink.question.bank.importing;

/** Told how far a commit has come, for a progress bar; called from the committing thread. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress IGNORED = (done, total) -> {};

  void advanced(int done, int total);
}
