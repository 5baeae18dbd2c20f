package jp.wlink.question.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared question files beside the checkout. CI always has them, so their absence fails the
 * corpus tests instead of skipping them.
 */
public final class CorpusFiles {
  private static final Path ROOT = Path.of("../../shared/data/question-formats");

  private CorpusFiles() {}

  public static Path folder(String name) {
    Path folder = ROOT.resolve(name);
    assertThat(folder).as("shared question files beside the checkout").isDirectory();
    return folder;
  }

  /** The files in the folder whose names end with the suffix, sorted by name. */
  public static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder(folder))) {
      List<Path> found =
          files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("files ending " + suffix + " in " + folder).isNotEmpty();
      return found;
    }
  }

  public static ImportReport read(QuestionReader reader, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, ImportOptions.defaults());
    }
  }
}
