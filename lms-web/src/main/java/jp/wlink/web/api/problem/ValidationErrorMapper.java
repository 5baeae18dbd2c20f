package jp.wlink.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Answers Bean Validation failures of request bodies and parameters with 400 and one error per
 * field. A constraint's message is a bundle key, so the text follows the caller's language.
 */
@Provider
public class ValidationErrorMapper extends ProblemMapper<ConstraintViolationException> {
  /** The field name reported when the whole body is missing. */
  static final String BODY = "body";

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Problems problems = problems();
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(violation -> fieldError(violation, problems))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return answer(ProblemType.INVALID_INPUT, errors).build();
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> violation, Problems in) {
    String message = in.textOr(violation.getMessageTemplate(), violation.getMessage());
    return new Problem.FieldError(fieldName(violation.getPropertyPath()), message);
  }

  /** The last step of the path: a body property or a bean parameter, else the body itself. */
  static String fieldName(Path path) {
    Path.Node last = null;
    for (Path.Node node : path) {
      last = node;
    }
    if (last == null || last.getKind() == ElementKind.PARAMETER || last.getName() == null) {
      return BODY;
    }
    return last.getName();
  }
}
