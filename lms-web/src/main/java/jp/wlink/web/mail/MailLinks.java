package jp.wlink.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for mail, built from {@code wlink.base-url}: a mail is read outside W/LINK, so a
 * relative link would lead nowhere.
 */
@ApplicationScoped
public class MailLinks {
  private final String baseUrl;

  @Inject
  public MailLinks(
      @ConfigProperty(name = "wlink.base-url", defaultValue = "http://localhost:8080")
          String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** For the CDI client proxy, which delegates every call to the real instance. */
  protected MailLinks() {
    this.baseUrl = null;
  }

  /** A link to a page of W/LINK, e.g. {@code /verify-email.xhtml}, carrying a token. */
  public String withToken(String path, String token) {
    return withToken(baseUrl, path, token);
  }

  /** A link to a page of W/LINK with one query parameter, e.g. a certificate's code. */
  public String to(String path, String name, String value) {
    return withParameter(baseUrl, path, name, value);
  }

  static String withToken(String baseUrl, String path, String token) {
    return withParameter(baseUrl, path, "token", token);
  }

  private static String withParameter(String baseUrl, String path, String name, String value) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A page path starts with a slash: " + path);
    }
    String base = baseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
