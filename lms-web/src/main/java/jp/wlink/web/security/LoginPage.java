package jp.wlink.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.wlink.web.i18n.Messages;

/**
 * The login form: a lock or a failure is explained on the form; a success opens the page that asked
 * for the login, or My page.
 */
@Named
@RequestScoped
public class LoginPage {
  @Inject private Logins logins;
  @Inject private Messages messages;

  private String email;
  private String password;

  public String logIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    LoginOutcome outcome =
        logins.attempt(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            email,
            password);
    password = null;

    return switch (outcome.result()) {
      case SUCCEEDED -> afterLogin(faces);
      case LOCKED -> {
        messages.error(null, "login.locked", outcome.minutesLeft());
        yield null;
      }
      case FAILED -> {
        messages.error(null, "login.failed");
        yield null;
      }
    };
  }

  /** Opens the page that sent the visitor here to log in, or My page. */
  private static String afterLogin(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    Optional<String> asked =
        LoginDetour.takePageAskedFor((HttpServletRequest) external.getRequest());
    if (asked.isEmpty()) {
      return "/dashboard?faces-redirect=true";
    }

    try {
      external.redirect(asked.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
