package jp.wlink.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.Delivery;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.mail.OutgoingMail;

/**
 * The sign-up form, and after it the notice to open the link in the mail. The mail is sent after
 * the account is saved, so a mail server failure leaves the account in place and offers a resend.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<FormField, String> FIELDS =
      Map.of(
          FormField.EMAIL, "register:email",
          FormField.HANDLE, "register:handle",
          FormField.PASSWORD, "register:password");

  @Inject private Registration registration;
  @Inject private Mailer mailer;
  @Inject private FormErrors formErrors;
  @Inject private Messages messages;
  @Inject private LocaleSelection localeSelection;

  private String email;
  private String password;
  private String passwordConfirm;
  private String handle;
  private Role role;
  private Delivery delivery;
  private boolean resent;

  public void register() {
    if (!Objects.equals(password, passwordConfirm)) {
      messages.error("register:passwordConfirm", "password.mismatch");
      return;
    }
    NewAccount request = new NewAccount(email, password, handle, role, localeSelection.getLocale());
    try {
      delivery = mailer.send(registration.register(request));
      password = null;
      passwordConfirm = null;
    } catch (AccountRequestRefused refused) {
      formErrors.show(refused, FIELDS);
    }
  }

  /** Sends the link again, e.g. after the mail server failed the first time. */
  public void resend() {
    Optional<OutgoingMail> mail = registration.resend(email);
    mail.ifPresent(again -> delivery = mailer.send(again));
    resent = mail.isPresent() && delivery != Delivery.FAILED;
  }

  public List<Role> getRoles() {
    return Registration.SELF_SERVICE_ROLES;
  }

  public long getLinkHours() {
    return TokenPurpose.VERIFY_EMAIL.lifetime().toHours();
  }

  public boolean isRegistered() {
    return delivery != null;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public boolean isResent() {
    return resent;
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

  public String getPasswordConfirm() {
    return passwordConfirm;
  }

  public void setPasswordConfirm(String passwordConfirm) {
    this.passwordConfirm = passwordConfirm;
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
