package jp.wlink.web.platform;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Answers "not found" for every page whose address carries a parameter that does not convert or
 * validate ({@code course.xhtml?id=abc}). Faces then skips the page's view action, so without this
 * the page would render half-loaded: a server error or "null" where a name belongs.
 */
public class UnreadableAddressGuard implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback() || faces.getResponseComplete()) {
      return;
    }
    if (faces.isValidationFailed() || anyInvalid(faces.getViewRoot())) {
      notFound(faces);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing to do once the page is written.
  }

  private static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static boolean anyInvalid(UIViewRoot root) {
    if (root == null) {
      return false;
    }
    Collection<UIViewParameter> parameters = ViewMetadata.getViewParameters(root);
    return parameters.stream().anyMatch(parameter -> !parameter.isValid());
  }
}
