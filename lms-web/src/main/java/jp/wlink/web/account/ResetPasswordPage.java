package jp.wlink.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import jp.wlink.web.i18n.Messages;

/** Where a reset link lands: a new password under the policy, or why the link no longer works. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<FormField, String> FIELDS = Map.of(FormField.PASSWORD, "reset:password");

  @Inject private PasswordReset passwordReset;
  @Inject private FormErrors formErrors;
  @Inject private Messages messages;

  private String token;
  private TokenState state = TokenState.UNKNOWN;
  private boolean done;
  private String password;
  private String passwordConfirm;

  public void open() {
    state = passwordReset.check(token);
  }

  public void reset() {
    if (!Objects.equals(password, passwordConfirm)) {
      messages.error("reset:passwordConfirm", "password.mismatch");
      return;
    }
    try {
      state = passwordReset.reset(token, password);
      done = state == TokenState.USABLE;
      password = null;
      passwordConfirm = null;
    } catch (AccountRequestRefused refused) {
      formErrors.show(refused, FIELDS);
    }
  }

  public boolean isFormShown() {
    return state == TokenState.USABLE && !done;
  }

  public boolean isDone() {
    return done;
  }

  public TokenState getState() {
    return state;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
}
