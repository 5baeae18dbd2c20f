package jp.wlink.web.api.problem;

import java.net.URI;

/**
 * The kinds of problem the API reports. Each has a type URI that never changes once published, so
 * clients may branch on it, and a title and detail in the messages bundles under {@code
 * problem.<slug>}.
 */
public enum ProblemType {
  BAD_REQUEST("bad-request", 400),
  INVALID_INPUT("invalid-input", 400),
  UNAUTHORIZED("unauthorized", 401),
  LOGIN_FAILED("login-failed", 401),
  FORBIDDEN("forbidden", 403),
  CROSS_ORIGIN("cross-origin", 403),
  NOT_FOUND("not-found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", 406),
  PRECONDITION_FAILED("precondition-failed", 412),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  PRECONDITION_REQUIRED("precondition-required", 428),
  LOGIN_LOCKED("login-locked", 429),
  REQUEST_REJECTED("request-rejected", 400),
  STALE_ANSWER("stale-answer", 409),
  ATTEMPT_OPEN("attempt-open", 409),
  ATTEMPT_CLOSED("attempt-closed", 410),
  NO_QUESTIONS("no-questions", 422),
  SERVER_ERROR("server-error", 500);

  static final String BASE_URI = "https://wlink.jp/problems/";

  private final String slug;
  private final int status;

  ProblemType(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  public URI uri() {
    return URI.create(BASE_URI + slug);
  }

  public int status() {
    return status;
  }

  String titleKey() {
    return "problem." + slug + ".title";
  }

  String detailKey() {
    return "problem." + slug + ".detail";
  }

  /**
   * The problem for a refusal by role checks, which cannot tell "who are you?" from "not you":
   * without a caller it is a missing login, with one it is a missing role.
   */
  public static ProblemType forDeniedAccess(boolean loggedIn) {
    return loggedIn ? FORBIDDEN : UNAUTHORIZED;
  }

  /** The problem for an HTTP error the JAX-RS runtime raised with only a status. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 412 -> PRECONDITION_FAILED;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 428 -> PRECONDITION_REQUIRED;
      default -> status >= 400 && status < 500 ? REQUEST_REJECTED : SERVER_ERROR;
    };
  }
}
