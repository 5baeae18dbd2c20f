package jp.wlink.web.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.bank.ContentLimits;
import jp.wlink.question.bank.files.ContentTexts;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.moodle.EmbeddedAnswers;
import jp.wlink.question.text.RichTextRenderer;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Reads the editor's form into a question: checks every field, says what is wrong with which field
 * as bundle keys under {@code questions.edit.error.}, checks each text's length as typed ({@link
 * ContentLimits}), and sanitises HTML on the way in so that what is stored can be shown.
 */
final class DraftReading {
  static final int NAME_FROM_STEM = 40;

  private final RichTextSanitiser sanitiser = new RichTextSanitiser();
  private final QuestionForm form;
  private final List<FormProblem> problems = new ArrayList<>();

  private DraftReading(QuestionForm form) {
    this.form = form;
  }

  static QuestionDraft read(QuestionForm form) {
    return new DraftReading(form).draft();
  }

  private QuestionDraft draft() {
    Optional<QuestionContent> content = content();
    int contentProblems = problems.size();
    Optional<QuestionMetadata> metadata = new MetadataReading(form.getMetadata(), problems).read();
    boolean contentOk = problems.subList(0, contentProblems).isEmpty();
    return new QuestionDraft(contentOk ? content : Optional.empty(), metadata, problems);
  }

  private Optional<QuestionContent> content() {
    QuestionType type = form.getType();
    String stemText = form.getStem();
    if (stemText.isBlank()) {
      problem("stem", "stemRequired");
    } else if (ContentLimits.length(stemText) > ContentLimits.TEXT) {
      // Checked before the cloze parse, which would shorten it, and before the slower work.
      problem("stem", "tooLong", ContentLimits.TEXT);
      return Optional.empty();
    }
    Optional<QuestionBody> body;
    if (type == QuestionType.CLOZE) {
      EmbeddedAnswers.Parsed cloze = cloze(stemText);
      stemText = cloze.stem();
      body = Optional.of(new QuestionBody.Cloze(cloze.gaps()));
    } else {
      body = new BodyReading(form, this::rich, problems).read();
    }
    BigDecimal mark = number("defaultMark", form.getDefaultMark(), BigDecimal.ZERO, null);
    BigDecimal penalty = number("penalty", form.getPenalty(), BigDecimal.ZERO, BigDecimal.ONE);
    if (!problems.isEmpty() || body.isEmpty()) {
      return Optional.empty();
    }
    QuestionContent typed =
        new QuestionContent(
            type,
            "",
            rich(stemText),
            rich(form.getGeneralFeedback()),
            rich(form.getExplanation()),
            mark,
            penalty,
            body.get());
    return withinLimits(typed)
        ? Optional.of(named(ContentTexts.map(typed, this::clean)))
        : Optional.empty();
  }

  /** Whether every text as typed fits its limit; a problem for each field that does not. */
  private boolean withinLimits(QuestionContent typed) {
    List<ContentLimits.Excess> excesses = ContentLimits.excesses(typed);
    for (ContentLimits.Excess excess : excesses) {
      boolean part = excess.field().equals("answers");
      problem(excess.field(), part ? "partTooLong" : "tooLong", excess.limit());
    }
    return excesses.isEmpty();
  }

  private QuestionContent named(QuestionContent content) {
    return new QuestionContent(
        content.type(),
        name(content.stem()),
        content.stem(),
        content.generalFeedback(),
        content.explanation(),
        content.defaultMark(),
        content.penalty(),
        content.body());
  }

  /** The gaps typed in the stem, with the importer's own problems for a broken one. */
  private EmbeddedAnswers.Parsed cloze(String stemText) {
    EmbeddedAnswers.Parsed cloze = EmbeddedAnswers.parse(stemText);
    cloze
        .problems()
        .forEach(p -> problems.add(new FormProblem("stem", p.messageKey(), p.arguments())));
    return cloze;
  }

  /** The typed name, or the start of the stem's text as the sheet importer names questions. */
  private String name(RichText stem) {
    if (!form.getName().isBlank()) {
      return form.getName().strip();
    }
    String plain =
        sanitiser
            .plainText(new RichTextRenderer(sanitiser).toHtml(stem))
            .strip()
            .replaceAll("\\s+", " ");
    return plain.codePointCount(0, plain.length()) <= NAME_FROM_STEM
        ? plain
        : plain.substring(0, plain.offsetByCodePoints(0, NAME_FROM_STEM));
  }

  /** The text as typed; HTML is sanitised only once the lengths are checked (see clean). */
  RichText rich(String text) {
    return new RichText(text, form.getTextFormat());
  }

  private RichText clean(RichText text) {
    return text.format() == TextFormat.HTML
        ? new RichText(sanitiser.sanitise(text.text()), TextFormat.HTML)
        : text;
  }

  private BigDecimal number(String field, String typed, BigDecimal min, BigDecimal max) {
    Optional<BigDecimal> value = FormNumbers.decimal(typed);
    boolean inRange =
        value.isPresent()
            && value.get().compareTo(min) >= 0
            && (max == null || value.get().compareTo(max) <= 0);
    if (!inRange) {
      problem(field, field + "Invalid");
      return min;
    }
    return value.get();
  }

  private void problem(String field, String key, Object... arguments) {
    problems.add(FormProblem.of(field, QuestionEditorPage.ERROR_PREFIX + key, arguments));
  }
}
