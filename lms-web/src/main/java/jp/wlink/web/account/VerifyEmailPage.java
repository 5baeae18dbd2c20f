package jp.wlink.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.wlink.web.account.EmailConfirmation.Outcome;
import jp.wlink.web.mail.Mailer;

/**
 * Where mailed email links land: confirms a new account's address or a change of address, or
 * explains why the link no longer works. Its form asks for a new verification link without telling
 * whether the address is registered.
 */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private EmailConfirmation confirmation;
  @Inject private Registration registration;
  @Inject private Mailer mailer;

  private String token;
  private Outcome outcome;
  private TokenPurpose purpose;
  private String email;
  private boolean resendRequested;

  /** Runs once when the page opens from a link; without a token only the form is shown. */
  // LIMITATION: the link acts on GET, so a mail scanner that opens links first can use it up;
  // the person then asks for a new one on this page.
  public void open() {
    if (token == null || token.isBlank()) {
      return;
    }
    EmailConfirmation.Result result = confirmation.confirm(token);
    outcome = result.outcome();
    purpose = result.purpose();
    result.optionalNotice().ifPresent(mailer::send);
  }

  public void resend() {
    registration.resend(email).ifPresent(mailer::send);
    resendRequested = true;
  }

  /** A failed change of address is retried from the settings, not with a verification link. */
  public boolean isOfferResend() {
    return !isConfirmed() && purpose != TokenPurpose.CHANGE_EMAIL;
  }

  /** A link was opened but did nothing; the page says why. */
  public boolean isLinkProblem() {
    return outcome != null && !isConfirmed();
  }

  public boolean isConfirmed() {
    return outcome == Outcome.VERIFIED || outcome == Outcome.EMAIL_CHANGED;
  }

  public boolean isMailConfigured() {
    return mailer.isConfigured();
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public boolean isResendRequested() {
    return resendRequested;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
