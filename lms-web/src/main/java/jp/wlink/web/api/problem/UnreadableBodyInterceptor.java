package jp.wlink.web.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body that is not the JSON a resource expects is the caller's mistake (400), while the runtime
 * would report it as a processing failure (500).
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {
  private static final Logger LOG = Logger.getLogger(UnreadableBodyInterceptor.class.getName());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (ProcessingException | JsonbException unreadable) {
      LOG.log(Level.FINE, "Refused an unreadable request body", unreadable);
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
  }
}
