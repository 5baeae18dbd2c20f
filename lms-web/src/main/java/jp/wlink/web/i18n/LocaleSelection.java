package jp.wlink.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Locale;
import jp.wlink.web.account.AccountSettings;
import jp.wlink.web.security.CurrentAccount;

/**
 * The language pages are shown in for this visitor. Japanese unless the visitor chose English; the
 * choice is stored on the account, so that it follows the person to their next login, and in a
 * cookie, so that it outlives the session in this browser.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentAccount currentAccount;
  @Inject private AccountSettings accountSettings;
  @Inject private transient HttpServletRequest request;

  private Locale locale = SupportedLocale.DEFAULT.locale();

  /** A new session starts in the language this browser chose last time, if any. */
  @PostConstruct
  void rememberBrowserChoice() {
    LanguageCookie.read(request).ifPresent(choice -> locale = choice.locale());
  }

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
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    LanguageCookie.write(response, locale);
    // Keep the page's view parameters (course, lesson, learner...): without them it is not found.
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  /** Called at login: the account's remembered language wins over the browser's. */
  public void adopt(Locale accountLocale, HttpServletResponse response) {
    locale = SupportedLocale.of(accountLocale.getLanguage()).locale();
    LanguageCookie.write(response, locale);
  }
}
