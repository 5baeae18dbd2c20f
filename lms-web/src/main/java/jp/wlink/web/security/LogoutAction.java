package jp.wlink.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends the login and the whole session, then shows the home page. */
@Named("logout")
@RequestScoped
public class LogoutAction {
  private static final Logger LOG = Logger.getLogger(LogoutAction.class.getName());

  public String logOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Logout failed; invalidating the session anyway", e);
    }
    external.invalidateSession();
    return "/index?faces-redirect=true";
  }
}
