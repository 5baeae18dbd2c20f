package jp.wlink.web.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a request may change something, judged by where the browser says it comes from.
 * Safe methods always pass; an unsafe one needs a trusted {@code Origin}, else a trusted {@code
 * Referer}, else neither header and {@code X-Requested-With: XMLHttpRequest}.
 */
public final class OriginCheck {
  static final String REQUESTED_WITH = "X-Requested-With";
  static final String XML_HTTP_REQUEST = "XMLHttpRequest";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> trustedOrigins;

  private OriginCheck(Set<String> trustedOrigins) {
    this.trustedOrigins = trustedOrigins;
  }

  /** Trusts the origins of the given addresses, e.g. the request's own and the public base URL. */
  public static OriginCheck trusting(Collection<URI> addresses) {
    return new OriginCheck(
        addresses.stream()
            .map(OriginCheck::originOf)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean allows(String method, String origin, String referer, String requestedWith) {
    if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (present(origin)) {
      return trusted(origin);
    }
    if (present(referer)) {
      return trusted(referer);
    }
    return XML_HTTP_REQUEST.equalsIgnoreCase(requestedWith);
  }

  private boolean trusted(String header) {
    return parse(header.strip())
        .flatMap(OriginCheck::originOf)
        .filter(trustedOrigins::contains)
        .isPresent();
  }

  /** {@code scheme://host[:port]} in lower case, without the scheme's default port. */
  static Optional<String> originOf(URI address) {
    String scheme = address.getScheme();
    String host = address.getHost();
    if (scheme == null || host == null) {
      return Optional.empty();
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    int port = address.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String origin = scheme + "://" + host.toLowerCase(Locale.ROOT);
    return Optional.of(defaultPort ? origin : origin + ":" + port);
  }

  private static Optional<URI> parse(String header) {
    try {
      return Optional.of(new URI(header));
    } catch (URISyntaxException notAnAddress) {
      return Optional.empty();
    }
  }

  private static boolean present(String header) {
    return header != null && !header.isBlank();
  }
}
