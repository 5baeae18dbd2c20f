package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.logging.Logger;
import jp.wlink.question.bank.files.QuestionFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the bank's image store a bean, in the directory that {@code wlink.files.dir} (environment
 * {@code WLINK_FILES_DIR}) names. Several instances must share that directory (for example a
 * mounted volume), since an image stored by one is served by any.
 */
@ApplicationScoped
public class QuestionFileStore {
  private static final Logger LOG = Logger.getLogger(QuestionFileStore.class.getName());

  @Inject
  @ConfigProperty(name = "wlink.files.dir", defaultValue = QuestionFiles.DEFAULT_DIRECTORY)
  String directory;

  /** A pseudo-scoped singleton: the store is immutable and its class cannot be proxied. */
  @Produces
  @Singleton
  QuestionFiles questionFiles() {
    Path path = Path.of(directory).toAbsolutePath().normalize();
    LOG.config(() -> "Question images are stored in " + path);
    return new QuestionFiles(path);
  }
}
