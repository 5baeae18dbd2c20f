package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.logging.Logger;
import jp.wlink.course.files.CourseFileLimits;
import jp.wlink.course.files.CourseFiles;
import jp.wlink.question.bank.files.QuestionFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the course file store a bean: the {@code courses} folder inside {@code wlink.files.dir}
 * (shared by all instances, like the question images), with the video and PDF size limits from
 * {@code wlink.courses.max-video-mb} and {@code wlink.courses.max-pdf-mb}.
 */
@ApplicationScoped
public class CourseFileStore {
  private static final Logger LOG = Logger.getLogger(CourseFileStore.class.getName());

  @Inject
  @ConfigProperty(name = "wlink.files.dir", defaultValue = QuestionFiles.DEFAULT_DIRECTORY)
  String directory;

  @Inject
  @ConfigProperty(name = "wlink.courses.max-video-mb", defaultValue = "100")
  long maxVideoMegabytes;

  @Inject
  @ConfigProperty(name = "wlink.courses.max-pdf-mb", defaultValue = "20")
  long maxPdfMegabytes;

  /** A pseudo-scoped singleton: the store is immutable and its class cannot be proxied. */
  @Produces
  @Singleton
  CourseFiles courseFiles() {
    Path path = Path.of(directory, "courses").toAbsolutePath().normalize();
    LOG.config(() -> "Course files are stored in " + path);
    return new CourseFiles(
        path,
        new CourseFileLimits(
            maxVideoMegabytes * CourseFileLimits.MEGABYTE,
            maxPdfMegabytes * CourseFileLimits.MEGABYTE));
  }
}
