package jp.wlink.question.analysis;

/**
 * Why a question may need revising. Each flag's text lives in the bundles under {@link #KEY_PREFIX}
 * followed by the flag's name.
 */
public enum WeakItemFlag {
  /** Too few attempts met it for its figures to mean much. */
  FEW_RESPONSES,
  /** Almost nobody answers it right. */
  TOO_HARD,
  /** Almost everybody answers it right, so it tells learners apart poorly. */
  TOO_EASY,
  /** Strong and weak learners do about equally well on it, or weak ones better. */
  LOW_DISCRIMINATION,
  /** A wrong option nobody picked: it distracts nobody and could be replaced. */
  UNPICKED_DISTRACTOR,
  /** The strongest learners pick a wrong option more often than the right one: a miskey? */
  DISTRACTOR_BEATS_KEY;

  public static final String KEY_PREFIX = "question.analysis.flag.";

  public String messageKey() {
    return KEY_PREFIX + name();
  }
}
