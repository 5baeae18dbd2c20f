package jp.wlink.web.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code errors} lists the fields at fault for invalid input and is
 * left out otherwise.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** One invalid field of a request: its name and what is wrong, in the caller's language. */
  @Schema(name = "FieldError")
  @JsonbPropertyOrder({"field", "message"})
  public record FieldError(String field, String message) {}
}
