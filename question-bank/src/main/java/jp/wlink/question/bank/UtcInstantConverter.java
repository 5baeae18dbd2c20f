package jp.wlink.question.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Stores an {@link Instant} as the UTC wall clock, to the millisecond, in a {@code DATETIME(3)}
 * column, whatever the time zone of the JVM or the database session. The engine cannot use the web
 * module's converter, so it names this one on each of its instant attributes.
 *
 * <p>The value is bound as text ({@code 2026-12-03 08:00:00.123}), not as a {@code Timestamp}:
 * MariaDB announces itself to MySQL Connector/J as version 5.5.5, and the driver then drops the
 * fraction of every bound {@code Timestamp} or {@code LocalDateTime}. All three databases parse the
 * text exactly. The column side is declared {@code Object} because drivers hand the value back as a
 * {@code LocalDateTime} or a {@code Timestamp}, and EclipseLink passes it on unconverted in some
 * reads and converted to text in others; every form is accepted.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {
  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

  @Override
  public Object convertToDatabaseColumn(Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
    return STORED.format(LocalDateTime.ofInstant(millis, ZoneOffset.UTC));
  }

  @Override
  public Instant convertToEntityAttribute(Object stored) {
    if (stored == null) {
      return null;
    }
    LocalDateTime utc;
    if (stored instanceof LocalDateTime local) {
      utc = local;
    } else if (stored instanceof Timestamp timestamp) {
      utc = timestamp.toLocalDateTime();
    } else {
      utc = LocalDateTime.parse(stored.toString().strip().replace(' ', 'T'));
    }
    return utc.toInstant(ZoneOffset.UTC);
  }
}
