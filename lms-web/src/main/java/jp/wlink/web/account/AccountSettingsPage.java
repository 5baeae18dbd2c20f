package jp.wlink.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.Delivery;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.security.CurrentAccount;

/** The logged-in person's login settings: a new password, and a new address to confirm. */
@Named
@ViewScoped
public class AccountSettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<FormField, String> PASSWORD_FIELDS =
      Map.of(
          FormField.CURRENT_PASSWORD, "changePassword:currentPassword",
          FormField.PASSWORD, "changePassword:newPassword");
  private static final Map<FormField, String> EMAIL_FIELDS =
      Map.of(
          FormField.CURRENT_PASSWORD, "changeEmail:currentPassword",
          FormField.NEW_EMAIL, "changeEmail:newEmail");

  @Inject private CurrentAccount currentAccount;
  @Inject private PasswordChange passwordChange;
  @Inject private EmailChange emailChange;
  @Inject private Mailer mailer;
  @Inject private FormErrors formErrors;
  @Inject private Messages messages;

  private String currentPassword;
  private String newPassword;
  private String newPasswordConfirm;
  private boolean passwordChanged;

  private String newEmail;
  private String emailPassword;
  private String requestedEmail;
  private Delivery emailDelivery;

  public void changePassword() {
    passwordChanged = false;
    emailDelivery = null;
    if (!Objects.equals(newPassword, newPasswordConfirm)) {
      messages.error("changePassword:newPasswordConfirm", "password.mismatch");
      return;
    }
    try {
      passwordChange.change(accountId(), currentPassword, newPassword);
      passwordChanged = true;
      currentPassword = null;
      newPassword = null;
      newPasswordConfirm = null;
    } catch (AccountRequestRefused refused) {
      formErrors.show(refused, PASSWORD_FIELDS);
    }
  }

  public void changeEmail() {
    emailDelivery = null;
    passwordChanged = false;
    try {
      emailDelivery = mailer.send(emailChange.request(accountId(), newEmail, emailPassword));
      requestedEmail = Account.normaliseEmail(newEmail);
      newEmail = null;
      emailPassword = null;
    } catch (AccountRequestRefused refused) {
      formErrors.show(refused, EMAIL_FIELDS);
    }
  }

  public String getCurrentEmail() {
    return currentAccount.required().getEmail();
  }

  private long accountId() {
    return currentAccount.id().orElseThrow();
  }

  public boolean isPasswordChanged() {
    return passwordChanged;
  }

  public Delivery getEmailDelivery() {
    return emailDelivery;
  }

  public String getRequestedEmail() {
    return requestedEmail;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordConfirm() {
    return newPasswordConfirm;
  }

  public void setNewPasswordConfirm(String newPasswordConfirm) {
    this.newPasswordConfirm = newPasswordConfirm;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }
}
