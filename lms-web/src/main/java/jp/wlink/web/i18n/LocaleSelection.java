package jp.wlink.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import jp.wlink.web.account.AccountSettings;
import jp.wlink.web.security.CurrentAccount;

/**
 * The language pages are shown in for this visitor. Japanese unless the visitor chose English; the
 * choice is stored on the account so that it follows the person to their next login.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentAccount currentAccount;
  @Inject private AccountSettings accountSettings;

  private Locale locale = SupportedLocale.DEFAULT.locale();

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches the language and stays on the same page. */
  public String switchTo(String language) {
    locale = SupportedLocale.of(language).locale();
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    currentAccount.id().ifPresent(id -> accountSettings.changeLocale(id, locale));
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }

  /** Called at login: the account's remembered language wins over the visitor's. */
  public void adopt(Locale accountLocale) {
    locale = SupportedLocale.of(accountLocale.getLanguage()).locale();
  }
}
