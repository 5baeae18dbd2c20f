package jp.wlink.question.bank.importing;

/** Whether an imported question repeats one already seen (same type, stem and answers). */
public enum Duplicate {
  NONE,
  /** An earlier question of the same file has the same fingerprint. */
  IN_FILE,
  /** The bank already holds a question with the same fingerprint. */
  IN_BANK
}
