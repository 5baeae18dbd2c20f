package jp.wlink.web.courses;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with 404: the same for a draft the caller may not see as for nothing. */
final class NotFound {
  private NotFound() {}

  static String send() {
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
