package jp.wlink.web.exams;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the exam pages (and the course pages) share: answering "not found" for what the caller may
 * not see, the same as for what does not exist.
 */
public final class PageParams {
  private PageParams() {}

  /** Ends the request with 404, the same for someone else's attempt as for none at all. */
  public static String notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }
}
