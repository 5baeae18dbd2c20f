package jp.wlink.web.questions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.wlink.question.bank.files.ImageType;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.files.StoredFile;

/**
 * Serves the images question text embeds, at {@code /files/questions/<sha256>.<ext>}. A name is the
 * hash of the bytes, so a file never changes and may be cached for a year; the media type follows
 * the stored kind, never the request. Only logged-in members get them (web.xml denies visitors by
 * default): mock-exam images are part of the questions.
 */
@WebServlet(name = "questionImages", urlPatterns = StoredFile.URL_PREFIX + "*")
public class QuestionImageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String CACHE_FOREVER = "private, max-age=31536000, immutable";

  @Inject private transient QuestionFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
    Optional<Path> file = files.locate(name);
    Optional<ImageType> type = file.flatMap(found -> typeOf(name));
    if (file.isEmpty() || type.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }

    response.setContentType(type.get().mediaType());
    response.setContentLengthLong(Files.size(file.get()));
    response.setHeader("Cache-Control", CACHE_FOREVER);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "inline");
    Files.copy(file.get(), response.getOutputStream());
  }

  static Optional<ImageType> typeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : ImageType.ofExtension(fileName.substring(dot + 1));
  }
}
