package jp.wlink.web.courses.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Reads the values a native query hands back, whatever type the driver chose for them (MySQL
 * Connector/J and H2 differ on dates and counts), and binds instants as the UTC text every stored
 * instant is written as.
 */
final class StoredValues {
  private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();

  private StoredValues() {}

  static Object instant(Instant instant) {
    return INSTANTS.convertToDatabaseColumn(instant);
  }

  static Instant instantOrNull(Object stored) {
    return stored == null ? null : INSTANTS.convertToEntityAttribute(stored);
  }

  static LocalDate dateOrNull(Object stored) {
    if (stored == null) {
      return null;
    }
    if (stored instanceof LocalDate date) {
      return date;
    }
    if (stored instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return LocalDate.parse(stored.toString().substring(0, 10));
  }

  static long count(Object stored) {
    return stored == null ? 0 : ((Number) stored).longValue();
  }

  static OfficerRow officerRow(Object[] row, RiskRule risk, Instant now) {
    EnrolmentStatus status = EnrolmentStatus.valueOf((String) row[6]);
    Instant enrolledAt = instantOrNull(row[10]);
    Instant lastActivity = instantOrNull(row[11]);
    Instant onPaceUntil = instantOrNull(row[13]);
    return new OfficerRow(
        count(row[0]),
        count(row[1]),
        (String) row[2],
        (String) row[3],
        count(row[4]),
        (String) row[5],
        status,
        (int) count(row[7]),
        (int) count(row[8]),
        count(row[9]),
        enrolledAt,
        lastActivity,
        dateOrNull(row[12]),
        risk.assess(
            status == EnrolmentStatus.ACTIVE,
            enrolledAt,
            Optional.ofNullable(lastActivity),
            Optional.ofNullable(onPaceUntil),
            now));
  }
}
