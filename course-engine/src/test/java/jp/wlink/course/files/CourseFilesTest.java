package jp.wlink.course.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseFilesTest {
  private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VTT =
      "WEBVTT\n\n00:00.000 --> 00:02.000\n凝集剤を注入します。\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0};

  @TempDir Path directory;

  @Test
  void storesAFileUnderTheHashOfItsBytesAndFindsItAgain() throws Exception {
    CourseFiles files = new CourseFiles(directory, CourseFileLimits.DEFAULTS);

    StoredCourseFile stored = files.store(CourseFileKind.PDF, new ByteArrayInputStream(PDF));
    StoredCourseFile again = files.store(CourseFileKind.PDF, new ByteArrayInputStream(PDF));

    assertThat(stored).isEqualTo(again);
    assertThat(stored.fileName()).endsWith(".pdf").hasSize(64 + 4);
    assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
    assertThat(files.locate(stored.fileName()))
        .hasValueSatisfying(path -> assertThat(path).hasBinaryContent(PDF));
    assertThat(Files.list(directory)).hasSize(1);
  }

  @Test
  void tellsTheFormatByItsFirstBytes() {
    assertThat(CourseMedia.of(MP4)).contains(CourseMedia.MP4);
    assertThat(CourseMedia.of(VTT)).contains(CourseMedia.VTT);
    assertThat(CourseMedia.of(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}))
        .contains(CourseMedia.WEBM);
    assertThat(CourseMedia.of("WEBVTTX".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void refusesAFileWhoseBytesAreNotOfTheKindAskedFor() {
    CourseFiles files = new CourseFiles(directory, CourseFileLimits.DEFAULTS);

    assertThatThrownBy(() -> files.store(CourseFileKind.VIDEO, new ByteArrayInputStream(PDF)))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.WRONG_TYPE));
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void refusesAFileOverTheLimitOfItsKindAndLeavesNothingBehind() {
    CourseFiles files = new CourseFiles(directory, new CourseFileLimits(10, 10));

    assertThatThrownBy(() -> files.store(CourseFileKind.PDF, new ByteArrayInputStream(PDF)))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE);
              assertThat(e.limitBytes()).isEqualTo(10);
            });
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void refusesAnEmptyFile() {
    CourseFiles files = new CourseFiles(directory, CourseFileLimits.DEFAULTS);

    assertThatThrownBy(
            () -> files.store(CourseFileKind.SUBTITLES, new ByteArrayInputStream(new byte[0])))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.EMPTY));
  }

  @Test
  void locatesOnlyNamesTheStoreGives() {
    CourseFiles files = new CourseFiles(directory, CourseFileLimits.DEFAULTS);

    assertThat(files.locate("../etc/passwd")).isEmpty();
    assertThat(files.locate("a".repeat(64) + ".pdf")).isEmpty();
  }
}
