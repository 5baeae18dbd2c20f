package jp.wlink.web.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a lost race on a versioned row is a 412, anything else a 500 whose instance is
 * an incident id that the log shows next to the stack trace, so the caller never sees it.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    if (causedByLostRace(exception)) {
      return answer(ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_FAILED.status())
          .build();
    }

    String incident = "urn:uuid:" + UUID.randomUUID();
    LOG.log(Level.SEVERE, exception, () -> "Failed " + requestPath() + " as " + incident);
    ProblemType type = ProblemType.SERVER_ERROR;
    return answer(problems().describe(type, type.status(), incident)).build();
  }

  static boolean causedByLostRace(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
