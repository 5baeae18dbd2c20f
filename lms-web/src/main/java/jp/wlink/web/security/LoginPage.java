package jp.wlink.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.i18n.Messages;

/** The login form: checks the lockout, authenticates, renews the session and sets the language. */
@Named
@RequestScoped
public class LoginPage {
  private static final Logger LOG = Logger.getLogger(LoginPage.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private LoginThrottle throttle;
  @Inject private Messages messages;
  @Inject private LocaleSelection localeSelection;
  @Inject private CurrentAccount currentAccount;
  @Inject private Clock clock;

  private String email;
  private String password;

  public String logIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String address = request.getRemoteAddr();
    Optional<Instant> locked = throttle.lockedUntil(email, address);
    if (locked.isPresent()) {
      long minutes = Math.max(1, Duration.between(clock.instant(), locked.get()).toMinutes() + 1);
      messages.error(null, "login.locked", minutes);
      return null;
    }

    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    password = null;

    return switch (status) {
      case SEND_CONTINUE -> {
        loggedIn();
        faces.responseComplete();
        yield null;
      }
      case SUCCESS -> {
        loggedIn();
        yield "/dashboard?faces-redirect=true";
      }
      default -> failed(address);
    };
  }

  /** The session id was renewed before authenticating, so a fixed session id is worthless. */
  private void loggedIn() {
    if (securityContext.getCallerPrincipal() == null) {
      return;
    }
    throttle.recordSuccess(email);
    currentAccount.account().ifPresent(account -> localeSelection.adopt(account.getLocale()));

    LOG.info(() -> "Account " + currentAccount.id().orElse(null) + " logged in");
  }

  private String failed(String address) {
    throttle.recordFailure(email, address);
    messages.error(null, "login.failed");
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
