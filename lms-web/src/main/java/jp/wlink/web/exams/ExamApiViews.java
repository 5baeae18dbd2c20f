package jp.wlink.web.exams;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small answers of the attempts API, each its own JSON shape. */
public final class ExamApiViews {
  private ExamApiViews() {}

  /** A started (or resumed) attempt and the subjects it is short of, in the caller's language. */
  @Schema(name = "StartedAttempt")
  @JsonbPropertyOrder({"id", "resumed", "deadline", "shortages"})
  public record Started(long id, boolean resumed, Instant deadline, List<String> shortages) {}

  /** A stored answer: the revision the next save must name, and when it was stored. */
  @Schema(name = "SavedAnswer")
  @JsonbPropertyOrder({"revision", "savedAt"})
  public record Saved(long revision, Instant savedAt) {}

  @Schema(name = "Flag")
  public record Flagged(boolean flagged) {}

  /**
   * The 409 problem of a save based on an old revision, with what is stored now (RFC 9457 extension
   * members), so that the tab shows the newer answer and saves on top of it.
   */
  @Schema(name = "StaleAnswer")
  @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "revision", "response"})
  public record StaleAnswer(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      long revision,
      JsonValue response) {}
}
