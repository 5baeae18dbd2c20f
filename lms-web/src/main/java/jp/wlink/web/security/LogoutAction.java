package jp.wlink.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the login and the whole session, then shows the home page. */
@Named("logout")
@RequestScoped
public class LogoutAction {
  public String logOut() {
    Logins.end(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    return "/index?faces-redirect=true";
  }
}
