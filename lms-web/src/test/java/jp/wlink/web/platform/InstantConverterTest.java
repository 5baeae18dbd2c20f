package jp.wlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class InstantConverterTest {
  private final InstantConverter converter = new InstantConverter();

  @Test
  void storesTheUtcWallClockWhateverTheJvmTimeZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      Instant instant = Instant.parse("2026-12-03T08:15:30.123Z");

      var stored = converter.convertToDatabaseColumn(instant);

      assertThat(stored.toLocalDateTime()).hasToString("2026-12-03T08:15:30.123");
      assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void keepsAbsentTimesAbsent() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
