package jp.wlink.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie at start-up: HTTP only, {@code SameSite=Lax} so that another site's
 * form cannot post with it, and {@code Secure} unless {@code wlink.cookie.secure} is false (only
 * for plain-HTTP test clients; browsers accept secure cookies from http://localhost).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  static final String SECURE_KEY = "wlink.cookie.secure";
  private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig().getOptionalValue(SECURE_KEY, Boolean.class).orElse(true);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");

    if (!secure) {
      LOG.warning("Session cookies are sent without Secure (" + SECURE_KEY + "=false)");
    }
  }
}
