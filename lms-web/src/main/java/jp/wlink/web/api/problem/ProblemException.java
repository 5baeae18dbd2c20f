package jp.wlink.web.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by resources and filters to answer with a problem detail. It is an expected outcome, not a
 * fault, so it carries no stack trace.
 */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final transient Object[] detailArguments;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ProblemException(ProblemType type, Object... detailArguments) {
    super(type.name(), null, false, false);
    this.type = Objects.requireNonNull(type);
    this.detailArguments = detailArguments.clone();
  }

  /** Adds a response header, e.g. {@code Retry-After} to a lockout. */
  public ProblemException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public ProblemType type() {
    return type;
  }

  Object[] detailArguments() {
    return detailArguments.clone();
  }

  Map<String, String> headers() {
    return Map.copyOf(headers);
  }
}
