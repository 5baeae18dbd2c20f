package jp.wlink.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Looks up translated texts for beans, and adds them as Faces messages. */
@ApplicationScoped
public class Messages {
  public static final String BUNDLE = "jp.wlink.web.i18n.messages";

  public String text(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public String text(String key, Object... arguments) {
    return text(currentLocale(), key, arguments);
  }

  /** Adds an error next to the component with the given client id, or to the page when null. */
  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** Adds a notice next to the component with the given client id. */
  public void infoFor(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  private static Locale currentLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return SupportedLocale.DEFAULT.locale();
    }
    return faces.getViewRoot().getLocale();
  }
}
