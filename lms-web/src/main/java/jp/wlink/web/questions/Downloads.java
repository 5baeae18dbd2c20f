package jp.wlink.web.questions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How downloads name their file, so that Japanese names survive every browser. */
public final class Downloads {
  private Downloads() {}

  /** An attachment header with an ASCII fallback name and the real name per RFC 6266. */
  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
