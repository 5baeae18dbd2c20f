package jp.wlink.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.wlink.web.mail.Mailer;

/** Asks for a password reset link; the answer is the same whether the address is registered. */
@Named
@RequestScoped
public class ForgotPasswordPage {
  @Inject private PasswordReset passwordReset;
  @Inject private Mailer mailer;

  private String email;
  private boolean requested;

  // LIMITATION: a registered address answers a little later (a mail is sent), so response times
  // hint at which addresses are registered; sending in the background would hide that.
  public void request() {
    passwordReset.request(email).ifPresent(mailer::send);
    requested = true;
  }

  public boolean isRequested() {
    return requested;
  }

  public long getLinkHours() {
    return TokenPurpose.RESET_PASSWORD.lifetime().toHours();
  }

  public boolean isMailConfigured() {
    return mailer.isConfigured();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
