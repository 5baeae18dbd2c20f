package jp.wlink.web.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jp.wlink.question.bank.ContentLimits;
import jp.wlink.question.bank.QuestionContentJson;
import jp.wlink.question.bank.files.ContentTexts;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.text.RichTextSanitiser;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question as a client sends it: {@code content} in the bank's stored form (as a GET returns it)
 * and {@code metadata}. HTML in the content is sanitised on the way in, as the editor does, and
 * texts longer than {@link ContentLimits} allows are refused as the editor refuses them.
 */
@Schema(name = "QuestionInput")
public record QuestionInput(
    @Schema(description = "Content as GET /questions/{id} returns it") JsonObject content,
    QuestionMetadataView metadata) {
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  /** What a valid input makes: the sanitised content and the metadata. */
  record Parsed(QuestionContent content, QuestionMetadata metadata) {}

  /** The input in the body, or a 400 problem when it is not a valid question. */
  static Parsed read(JsonObject body) {
    if (body == null
        || !(body.get("content") instanceof JsonObject content)
        || !(body.get("metadata") instanceof JsonObject metadata)) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    try {
      QuestionContent read = QuestionContentJson.read(content.toString());
      if (!ContentLimits.excesses(read).isEmpty()) {
        throw new ProblemException(ProblemType.BAD_REQUEST);
      }
      QuestionContent clean = ContentTexts.map(read, QuestionInput::sanitised);
      return new Parsed(clean, QuestionMetadataView.read(metadata));
    } catch (JsonException | JsonbException | IllegalArgumentException e) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
  }

  private static RichText sanitised(RichText text) {
    return text.format() == TextFormat.HTML
        ? new RichText(SANITISER.sanitise(text.text()), TextFormat.HTML)
        : text;
  }
}
