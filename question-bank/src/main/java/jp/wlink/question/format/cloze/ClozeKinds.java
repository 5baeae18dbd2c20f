package jp.wlink.question.format.cloze;

import java.util.Map;
import java.util.Optional;
import jp.wlink.question.content.ClozeGap.Kind;

/**
 * The sub-question names of Moodle's cloze syntax, long and short. The shuffled variants ({@code
 * MCS}, {@code MULTIRESPONSE_HS}...) read as their plain kind.
 */
public final class ClozeKinds {
  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("SHORTANSWER", Kind.SHORT_ANSWER),
          Map.entry("SA", Kind.SHORT_ANSWER),
          Map.entry("MW", Kind.SHORT_ANSWER),
          Map.entry("SHORTANSWER_C", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("SAC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("MWC", Kind.SHORT_ANSWER_CASE_SENSITIVE),
          Map.entry("NUMERICAL", Kind.NUMERICAL),
          Map.entry("NM", Kind.NUMERICAL),
          Map.entry("MULTICHOICE", Kind.MULTICHOICE),
          Map.entry("MC", Kind.MULTICHOICE),
          Map.entry("MULTICHOICE_S", Kind.MULTICHOICE),
          Map.entry("MCS", Kind.MULTICHOICE),
          Map.entry("MULTICHOICE_V", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MCV", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MULTICHOICE_VS", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MCVS", Kind.MULTICHOICE_VERTICAL),
          Map.entry("MULTICHOICE_H", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MCH", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MULTICHOICE_HS", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MCHS", Kind.MULTICHOICE_HORIZONTAL),
          Map.entry("MULTIRESPONSE", Kind.MULTIRESPONSE),
          Map.entry("MR", Kind.MULTIRESPONSE),
          Map.entry("MULTIRESPONSE_S", Kind.MULTIRESPONSE),
          Map.entry("MRS", Kind.MULTIRESPONSE),
          Map.entry("MULTIRESPONSE_H", Kind.MULTIRESPONSE_HORIZONTAL),
          Map.entry("MRH", Kind.MULTIRESPONSE_HORIZONTAL),
          Map.entry("MULTIRESPONSE_HS", Kind.MULTIRESPONSE_HORIZONTAL),
          Map.entry("MRHS", Kind.MULTIRESPONSE_HORIZONTAL));

  private ClozeKinds() {}

  /** The kind a name spelt exactly as Moodle spells it stands for. */
  public static Optional<Kind> of(String name) {
    return Optional.ofNullable(KINDS.get(name));
  }

  /** The long name Moodle documents, which the writers use. */
  public static String name(Kind kind) {
    return switch (kind) {
      case SHORT_ANSWER -> "SHORTANSWER";
      case SHORT_ANSWER_CASE_SENSITIVE -> "SHORTANSWER_C";
      case NUMERICAL -> "NUMERICAL";
      case MULTICHOICE -> "MULTICHOICE";
      case MULTICHOICE_VERTICAL -> "MULTICHOICE_V";
      case MULTICHOICE_HORIZONTAL -> "MULTICHOICE_H";
      case MULTIRESPONSE -> "MULTIRESPONSE";
      case MULTIRESPONSE_HORIZONTAL -> "MULTIRESPONSE_H";
    };
  }

  /** Whether the learner chooses from the answers rather than typing one. */
  public static boolean choosing(Kind kind) {
    return kind != Kind.SHORT_ANSWER
        && kind != Kind.SHORT_ANSWER_CASE_SENSITIVE
        && kind != Kind.NUMERICAL;
  }

  public static boolean multipleResponse(Kind kind) {
    return kind == Kind.MULTIRESPONSE || kind == Kind.MULTIRESPONSE_HORIZONTAL;
  }
}
