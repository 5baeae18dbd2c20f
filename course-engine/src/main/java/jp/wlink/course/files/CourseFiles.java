package jp.wlink.course.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The store of lesson files, one directory, each file named by its SHA-256. An upload is streamed
 * to a temporary file beside the store while it is hashed and counted, so a 100 MB video never sits
 * in memory; it is refused (and the temporary file deleted) when it is too large for its kind or
 * its first bytes are not a format the kind accepts. Writing is idempotent, so several instances
 * may share the directory.
 */
public final class CourseFiles {
  private static final Logger LOG = Logger.getLogger(CourseFiles.class.getName());
  private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}\\.[a-z0-9]{3,4}");
  private static final int BUFFER = 64 * 1024;

  private final Path directory;
  private final CourseFileLimits limits;

  public CourseFiles(Path directory, CourseFileLimits limits) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public CourseFileLimits limits() {
    return limits;
  }

  /**
   * Stores the bytes read from {@code in} as a file of {@code kind}.
   *
   * @throws FileRefusedException when it is empty, too large or not of an accepted format
   */
  public StoredCourseFile store(CourseFileKind kind, InputStream in) throws FileRefusedException {
    long limit = limits.of(kind);
    Path partial = null;
    try {
      Files.createDirectories(directory);
      partial = Files.createTempFile(directory, "upload-", ".part");
      MessageDigest sha256 = sha256();
      long size = copyAtMost(in, partial, sha256, limit);
      CourseMedia media = accepted(kind, partial, size, limit);
      StoredCourseFile stored =
          new StoredCourseFile(HexFormat.of().formatHex(sha256.digest()), media, size);
      place(partial, directory.resolve(stored.fileName()));
      partial = null;

      LOG.fine(() -> "Stored course file " + stored.fileName());
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store an upload", e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /** The stored file with this name, if the name is one the store gives and the file exists. */
  public Optional<Path> locate(String fileName) {
    if (fileName == null || !STORED_NAME.matcher(fileName).matches()) {
      return Optional.empty();
    }
    Path path = directory.resolve(fileName);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  private static long copyAtMost(InputStream in, Path target, MessageDigest digest, long limit)
      throws IOException, FileRefusedException {
    long total = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
      byte[] buffer = new byte[BUFFER];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        total += read;
        if (total > limit) {
          throw new FileRefusedException(FileRefusedException.Reason.TOO_LARGE, limit);
        }
        out.write(buffer, 0, read);
      }
    }
    return total;
  }

  private static CourseMedia accepted(CourseFileKind kind, Path file, long size, long limit)
      throws IOException, FileRefusedException {
    if (size == 0) {
      throw new FileRefusedException(FileRefusedException.Reason.EMPTY, limit);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(CourseMedia.HEAD_BYTES);
    }
    Optional<CourseMedia> media = CourseMedia.of(head).filter(kind::accepts);
    if (media.isEmpty()) {
      throw new FileRefusedException(FileRefusedException.Reason.WRONG_TYPE, limit);
    }
    return media.get();
  }

  /** Moved into place in one step, so a reader never sees half a file. */
  private static void place(Path partial, Path target) throws IOException {
    if (Files.exists(target)) {
      Files.delete(partial);
      return;
    }
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path partial) {
    if (partial == null) {
      return;
    }
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      LOG.fine(() -> "Could not delete " + partial + ": " + e);
    }
  }
}
