package jp.wlink.question.format.aiken;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.sheet.CsvCharset;

/**
 * Reads Aiken files into single-choice questions, reporting each problem with its line number. Text
 * stays plain, as Moodle keeps it; marks follow Moodle's import (mark 1, penalty 0.3333333).
 */
public final class AikenReader implements QuestionReader {
  /** Moodle's penalty for a question imported from Aiken. */
  static final BigDecimal PENALTY = new BigDecimal("0.3333333");

  static final int NAME_LENGTH = 40;
  private static final String SPACE = "[\\s\\u3000]";
  private static final Pattern OPTION =
      Pattern.compile(
          SPACE + "*([A-ZＡ-Ｚ])(?:[.)]" + SPACE + "+|[．）]" + SPACE + "*)(\\S.*?)" + SPACE + "*");
  private static final Pattern ANSWER =
      Pattern.compile(
          SPACE + "*(?:ANSWER|ＡＮＳＷＥＲ)" + SPACE + "*[:：]" + SPACE + "*([A-ZＡ-Ｚ])" + SPACE + "*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    Optional<byte[]> bytes = BoundedBytes.read(in, options.limits().maxFileBytes());
    if (bytes.isEmpty()) {
      return refused(BoundedBytes.tooLarge(options.limits()));
    }
    Optional<String> text = CsvCharset.decode(bytes.get(), options.charset());
    if (text.isEmpty()) {
      String charset = options.charset().map(c -> c.name()).orElse("UTF-8 / Windows-31J");
      return refused(ImportProblem.at(0, "badEncoding", charset));
    }
    AikenParse parse = new AikenParse(options);
    String[] lines = text.get().split("\r\n|\r|\n", -1);
    int i = 0;
    while (i < lines.length && parse.accept(i + 1, lines[i])) {
      i++;
    }
    return parse.finish();
  }

  private static ImportReport refused(ImportProblem problem) {
    return new ImportReport(List.of(), List.of(problem));
  }

  /**
   * An option line. Letters and punctuation may be full-width, as Japanese input types them; after
   * a full-width dot or parenthesis no space is needed.
   */
  static Matcher option(String line) {
    return OPTION.matcher(line);
  }

  static Matcher answer(String line) {
    return ANSWER.matcher(line);
  }

  /** A marker's letter in ASCII capitals: "ｂ" is 'B'. */
  static char letter(String marker) {
    return Normalizer.normalize(marker, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).charAt(0);
  }

  /** The start of the stem, as Moodle names questions that have no name. */
  static String name(String stem) {
    String flat = stem.replaceAll("\\s+", " ").strip();
    int length = Math.min(NAME_LENGTH, flat.codePointCount(0, flat.length()));
    return flat.substring(0, flat.offsetByCodePoints(0, length));
  }

  static ImportedQuestion question(AikenDraft draft, char answer, List<String> category) {
    List<Choice> choices = new ArrayList<>();
    for (AikenDraft.Option option : draft.options()) {
      double fraction = option.letter() == answer ? 1.0 : 0.0;
      choices.add(new Choice(RichText.plain(option.text()), fraction, RichText.EMPTY));
    }
    QuestionContent content =
        new QuestionContent(
            QuestionType.SINGLE_CHOICE,
            name(draft.stem()),
            RichText.plain(draft.stem()),
            RichText.EMPTY,
            RichText.EMPTY,
            BigDecimal.ONE,
            PENALTY,
            new QuestionBody.Choices(choices, true));
    return new ImportedQuestion(
        draft.start(), content, QuestionMetadata.inCategory(category), List.of());
  }
}
