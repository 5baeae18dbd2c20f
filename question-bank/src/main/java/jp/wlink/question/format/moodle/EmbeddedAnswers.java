package jp.wlink.question.format.moodle;

import java.util.List;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.cloze.ClozeSyntax;
import jp.wlink.question.format.cloze.ClozeTexts;

/**
 * Moodle's embedded-answer (cloze) syntax for callers outside the reader, such as the question
 * editor where an author types {@code {1:SHORTANSWER:=残留塩素}} straight into the text. It reads and
 * writes exactly as Moodle XML import and export do, so what the editor accepts a file also holds.
 */
public final class EmbeddedAnswers {
  private EmbeddedAnswers() {}

  /**
   * The text with each sub-question replaced by {@code {#n}}, its gaps, and what is wrong with it
   * as {@code question.import.error.*} keys (line 0); no problems means the gaps are usable.
   */
  public record Parsed(String stem, List<ClozeGap> gaps, List<ImportProblem> problems) {
    public Parsed {
      gaps = List.copyOf(gaps);
      problems = List.copyOf(problems);
    }
  }

  public static Parsed parse(String text) {
    ClozeSyntax.Parsed parsed = ClozeSyntax.parse(text, ClozeTexts.MOODLE);
    List<ImportProblem> problems =
        parsed.problems().stream()
            .map(p -> ImportProblem.at(0, p.get(0), p.subList(1, p.size()).toArray(String[]::new)))
            .toList();
    return new Parsed(parsed.stem(), parsed.gaps(), problems);
  }

  /** The stem with its {@code {#n}} placeholders written back as embedded sub-questions. */
  public static String format(String stem, List<ClozeGap> gaps) {
    return ClozeSyntax.format(stem, gaps);
  }
}
