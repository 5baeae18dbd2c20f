package jp.wlink.web.courses;

/** The HTML that shows a stored image in a lesson body, with its alternative text escaped. */
final class ImageTags {
  private ImageTags() {}

  static String of(String url, String alt) {
    String escaped =
        alt.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    return "<p><img src=\"" + url + "\" alt=\"" + escaped + "\"></p>";
  }
}
