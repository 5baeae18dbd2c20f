package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.course.files.CourseFileKind;
import jp.wlink.course.files.CourseFileLimits;
import jp.wlink.course.files.CourseFiles;
import jp.wlink.course.files.FileRefusedException;
import jp.wlink.course.files.StoredCourseFile;
import jp.wlink.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Puts an uploaded file into the course store, or tells the author in their language why it was
 * refused (its name, what it should have been, the limit). A proxyable bean, so view-scoped pages
 * can hold it across requests.
 */
@ApplicationScoped
public class CourseUploads {
  private static final Logger LOG = Logger.getLogger(CourseUploads.class.getName());

  @Inject private CourseFiles files;
  @Inject private Messages messages;

  public Optional<StoredCourseFile> store(UploadedFile file, CourseFileKind kind) {
    try (InputStream in = file.getInputStream()) {
      return Optional.of(files.store(kind, in));
    } catch (FileRefusedException e) {
      long megabytes = Math.max(1, e.limitBytes() / CourseFileLimits.MEGABYTE);
      messages.error(
          null,
          e.reason().getMessageKey(),
          file.getFileName(),
          messages.text(kind.getMessageKey()),
          megabytes);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not read an upload", e);
      messages.error(null, "course.file.unreadable", file.getFileName());
    }
    return Optional.empty();
  }

  public long maxBytes(CourseFileKind kind) {
    return files.limits().of(kind);
  }
}
