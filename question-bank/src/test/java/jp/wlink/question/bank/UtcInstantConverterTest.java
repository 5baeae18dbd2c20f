package jp.wlink.question.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void writesTheUtcWallClockToTheMillisecond() {
    Instant instant = Instant.parse("2026-12-03T08:00:00.123456Z");

    assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo("2026-12-03 08:00:00.123");
  }

  @Test
  void readsWhatDriversHandBackAsText() {
    Instant expected = Instant.parse("2026-12-03T08:00:00.120Z");

    assertThat(converter.convertToEntityAttribute("2026-12-03 08:00:00.12")).isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute("2026-12-03T08:00:00.120")).isEqualTo(expected);
    String fromTimestamp = Timestamp.valueOf("2026-12-03 08:00:00.12").toString();
    assertThat(converter.convertToEntityAttribute(fromTimestamp)).isEqualTo(expected);
  }

  @Test
  void readsWhatDriversHandBackAsDateTimeObjects() {
    Instant expected = Instant.parse("2026-12-03T08:00:00.123Z");

    LocalDateTime local = LocalDateTime.parse("2026-12-03T08:00:00.123");
    assertThat(converter.convertToEntityAttribute(local)).isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute(Timestamp.valueOf(local))).isEqualTo(expected);
  }

  @Test
  void readsAWholeMinuteAsLocalDateTimePrintsIt() {
    String printed = LocalDateTime.parse("2026-12-03T08:00:00").toString();

    assertThat(converter.convertToEntityAttribute(printed))
        .isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
  }

  @Test
  void keepsNullAsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
