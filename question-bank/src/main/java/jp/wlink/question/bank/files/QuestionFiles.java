package jp.wlink.question.bank.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jp.wlink.question.format.EmbeddedFile;

/**
 * The images question text embeds, stored in one directory under the SHA-256 of their bytes. Only
 * PNG, JPEG, GIF and WebP up to a size limit are accepted. Writing is idempotent (same bytes, same
 * name), so several W/LINK instances may share the directory. The directory comes from {@value
 * #DIRECTORY_KEY} (default {@value #DEFAULT_DIRECTORY}), read by the web layer.
 */
public final class QuestionFiles {
  public static final String DIRECTORY_KEY = "WLINK_FILES_DIR";
  public static final String DEFAULT_DIRECTORY = "./data/files";
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(QuestionFiles.class.getName());
  private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}\\.[a-z]{3,4}");

  private final Path directory;
  private final long maxBytes;

  public QuestionFiles(Path directory, long maxBytes) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  public QuestionFiles(Path directory) {
    this(directory, DEFAULT_MAX_BYTES);
  }

  /** Why the file would be refused, or empty if the store takes it. */
  public Optional<FileRefusal> check(EmbeddedFile file) {
    if (file.size() > maxBytes) {
      return Optional.of(FileRefusal.TOO_LARGE);
    }
    if (ImageType.of(file.bytes()).isEmpty()) {
      return Optional.of(FileRefusal.NOT_AN_IMAGE);
    }
    return Optional.empty();
  }

  /**
   * Stores the file unless the same bytes are already there, and says where it is.
   *
   * @throws IllegalArgumentException if {@link #check} refuses the file
   */
  public StoredFile store(EmbeddedFile file) {
    check(file)
        .ifPresent(
            refusal -> {
              throw new IllegalArgumentException(file.name() + " refused: " + refusal);
            });
    byte[] bytes = file.bytes();
    StoredFile stored = new StoredFile(Sha256.hex(bytes), ImageType.of(bytes).orElseThrow());
    Path target = directory.resolve(stored.fileName());
    if (!Files.exists(target)) {
      write(target, bytes);
      LOG.fine(() -> "Stored question file " + stored.fileName());
    }
    return stored;
  }

  /** The stored file with this name, if the name is one the store gives and the file exists. */
  public Optional<Path> locate(String fileName) {
    if (fileName == null || !STORED_NAME.matcher(fileName).matches()) {
      return Optional.empty();
    }
    Path path = directory.resolve(fileName);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** Written beside the target and moved into place, so a reader never sees half a file. */
  private void write(Path target, byte[] bytes) {
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, "upload-", ".part");
      Files.write(partial, bytes);
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not store " + target.getFileName(), e);
    }
  }
}
