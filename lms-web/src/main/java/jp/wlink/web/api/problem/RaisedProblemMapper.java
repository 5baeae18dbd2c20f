package jp.wlink.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} thrown by a resource or filter. */
@Provider
public class RaisedProblemMapper extends ProblemMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException exception) {
    ProblemType type = exception.type();
    Response.ResponseBuilder answer = answer(type, type.status(), exception.detailArguments());
    exception.headers().forEach(answer::header);
    return answer.build();
  }
}
