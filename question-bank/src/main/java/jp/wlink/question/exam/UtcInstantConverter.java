package jp.wlink.question.exam;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a UTC wall-clock {@code DATETIME(3)}, whatever the zone of the JVM
 * or the session, so deadlines compare the same on every instance. The engine keeps its own copy
 * because it cannot see lms-web's converter; native statements bind through {@link #toColumn}.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

  public static Timestamp toColumn(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return toColumn(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp stored) {
    return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
