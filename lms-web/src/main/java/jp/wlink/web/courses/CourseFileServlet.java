package jp.wlink.web.courses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.wlink.course.files.CourseFiles;
import jp.wlink.course.files.CourseMedia;
import jp.wlink.course.files.StoredCourseFile;

/**
 * Serves lesson files at {@code /files/courses/<sha256>.<ext>} to logged-in members (web.xml denies
 * visitors). Names are hashes of the bytes, so files may be cached for a year. Videos are served in
 * byte ranges so that a player can seek; {@code ?download=<name>} sends a PDF as an attachment
 * under its original name.
 */
@WebServlet(name = "courseFiles", urlPatterns = StoredCourseFile.URL_PREFIX + "*")
public class CourseFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String CACHE_FOREVER = "private, max-age=31536000, immutable";

  @Inject private transient CourseFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
    Optional<Path> file = files.locate(name);
    Optional<CourseMedia> media = file.flatMap(found -> mediaOf(name));
    if (file.isEmpty() || media.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }

    long size = Files.size(file.get());
    Optional<ByteRange> range = ByteRange.parse(request.getHeader("Range"), size);
    response.setContentType(media.get().mediaType());
    response.setHeader("Cache-Control", CACHE_FOREVER);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("Content-Disposition", disposition(downloadName(request.getQueryString())));
    if (range.isPresent()) {
      sendRange(file.get(), range.get(), size, response);
    } else {
      response.setContentLengthLong(size);
      Files.copy(file.get(), response.getOutputStream());
    }
  }

  private static void sendRange(Path file, ByteRange range, long size, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
    response.setHeader("Content-Range", range.header(size));
    response.setContentLengthLong(range.length());
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(range.first());
      OutputStream out = response.getOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = range.length();
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          break;
        }
        out.write(buffer, 0, read);
        left -= read;
      }
    }
  }

  /**
   * The {@code download} parameter, decoded as UTF-8 whatever the container's default for query
   * strings, so a Japanese file name arrives intact.
   */
  static String downloadName(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("download=")) {
        String value = pair.substring("download=".length());
        try {
          return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
      }
    }
    return null;
  }

  /** Inline, or an attachment under the given name (RFC 6266, UTF-8 encoded). */
  static String disposition(String downloadName) {
    if (downloadName == null || downloadName.isBlank()) {
      return "inline";
    }
    String encoded =
        URLEncoder.encode(downloadName.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"download.pdf\"; filename*=UTF-8''" + encoded;
  }

  private static Optional<CourseMedia> mediaOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : CourseMedia.ofExtension(fileName.substring(dot + 1));
  }
}
