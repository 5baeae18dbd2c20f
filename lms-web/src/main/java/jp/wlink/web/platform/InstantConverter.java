package jp.wlink.web.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC wall-clock {@code DATETIME}, whatever the time zone of the
 * JVM or the database session, so that the same row reads the same on every instance.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp stored) {
    return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
