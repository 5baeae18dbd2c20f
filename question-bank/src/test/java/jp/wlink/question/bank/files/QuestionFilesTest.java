package jp.wlink.question.bank.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.wlink.question.format.EmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFilesTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P'};

  @TempDir Path directory;

  @Test
  void storesTheSameBytesOnceUnderTheirHash() throws IOException {
    QuestionFiles files = new QuestionFiles(directory);

    StoredFile first = files.store(new EmbeddedFile("a.png", PNG));
    StoredFile second = files.store(new EmbeddedFile("copy of a.png", PNG));

    assertThat(second).isEqualTo(first);
    assertThat(first.url()).matches("/files/questions/[0-9a-f]{64}\\.png");
    try (var listing = Files.list(directory)) {
      assertThat(listing).hasSize(1);
    }
    assertThat(Files.readAllBytes(files.locate(first.fileName()).orElseThrow())).isEqualTo(PNG);
  }

  @Test
  void tellsImagesByTheirBytesNotTheirNames() {
    QuestionFiles files = new QuestionFiles(directory);

    assertThat(files.store(new EmbeddedFile("photo.png", WEBP)).type()).isEqualTo(ImageType.WEBP);
    EmbeddedFile script = new EmbeddedFile("evil.png", "<script>".getBytes());
    assertThat(files.check(script)).contains(FileRefusal.NOT_AN_IMAGE);
    assertThatThrownBy(() -> files.store(script)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAFileOverTheLimit() {
    QuestionFiles files = new QuestionFiles(directory, PNG.length - 1);

    assertThat(files.check(new EmbeddedFile("big.png", PNG))).contains(FileRefusal.TOO_LARGE);
  }

  @Test
  void locatesOnlyNamesTheStoreGives() {
    QuestionFiles files = new QuestionFiles(directory);
    files.store(new EmbeddedFile("a.png", PNG));

    assertThat(files.locate("../../etc/passwd")).isEmpty();
    assertThat(files.locate("a".repeat(64) + ".png")).isEmpty();
  }
}
