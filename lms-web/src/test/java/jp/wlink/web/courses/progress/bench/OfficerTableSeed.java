package jp.wlink.web.courses.progress.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Writes the benchmark's data straight through JDBC in batches: the organisation's staff (and a
 * second organisation's, so that the query has others to leave out), courses of units and lessons,
 * an enrolment per learner and course, and each learner's lesson completions and study time, with
 * the enrolments' running totals and pace as the engine would have stored them.
 */
final class OfficerTableSeed {
  static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  private final DataSource dataSource;
  private final Random random = new Random(20261204);
  private final int lessonsPerCourse;

  OfficerTableSeed(DataSource dataSource, int lessonsPerCourse) {
    this.dataSource = dataSource;
    this.lessonsPerCourse = lessonsPerCourse;
  }

  long organisation(Connection db, String name) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO organisation (name, kind, created_at) VALUES (?, 'WATER_UTILITY', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setString(1, name);
      sql.setObject(2, TIME.convertToDatabaseColumn(NOW));
      sql.executeUpdate();
      return key(sql);
    }
  }

  /** Stores {@code count} approved staff of the organisation; returns the first account id. */
  long staff(Connection db, long organisationId, String prefix, int count) throws SQLException {
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO account (email, handle, password_hash, status, locale, created_at,"
                    + " version) VALUES (?, ?, 'x', 'ACTIVE', 'ja', ?, 1)");
        PreparedStatement profile =
            db.prepareStatement(
                "INSERT INTO member_profile (account_id, organisation_id, membership_status,"
                    + " version) VALUES (?, ?, 'APPROVED', 1)")) {
      for (int i = 0; i < count; i++) {
        account.setString(1, prefix + i + "@bench.example");
        account.setString(2, prefix + i);
        account.setObject(3, TIME.convertToDatabaseColumn(NOW));
        account.addBatch();
      }
      account.executeBatch();
      long first = firstId(db, "account", "handle", prefix + 0);
      if (firstId(db, "account", "handle", prefix + (count - 1)) != first + count - 1) {
        throw new IllegalStateException("The staff accounts did not get consecutive ids");
      }
      for (int i = 0; i < count; i++) {
        profile.setLong(1, first + i);
        profile.setLong(2, organisationId);
        profile.addBatch();
      }
      profile.executeBatch();
      return first;
    }
  }

  /** A published course of three units; returns its lesson ids in order. */
  long[] course(Connection db, long ownerId, String title) throws SQLException {
    long course;
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO course (code, title, summary, course_level, status, owner_id, created_at,"
                + " updated_at, published_at, version)"
                + " VALUES (?, ?, '', 1, 'PUBLISHED', ?, ?, ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setString(1, "BENCH-" + title.hashCode());
      sql.setString(2, title);
      sql.setLong(3, ownerId);
      for (int p = 4; p <= 6; p++) {
        sql.setObject(p, TIME.convertToDatabaseColumn(NOW));
      }
      sql.executeUpdate();
      course = key(sql);
    }
    long[] lessons = new long[lessonsPerCourse];
    int perUnit = lessonsPerCourse / 3;
    for (int u = 0; u < 3; u++) {
      long unit = unit(db, course, u);
      for (int l = 0; l < perUnit; l++) {
        lessons[u * perUnit + l] = lesson(db, unit, l);
      }
    }
    return lessons;
  }

  private long unit(Connection db, long course, int position) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO course_unit (course_id, position, title, summary, checkpoint_count,"
                + " checkpoint_pass_percent, version) VALUES (?, ?, ?, '', 0, 60, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setLong(1, course);
      sql.setInt(2, position);
      sql.setString(3, "単元" + position);
      sql.executeUpdate();
      return key(sql);
    }
  }

  private long lesson(Connection db, long unit, int position) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO lesson (unit_id, position, title, body, lesson_level, minutes, video_kind,"
                + " practice_count, version) VALUES (?, ?, ?, '', 1, 10, 'NONE', 0, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setLong(1, unit);
      sql.setInt(2, position);
      sql.setString(3, "授業" + position);
      sql.executeUpdate();
      return key(sql);
    }
  }

  /**
   * Enrols learners {@code first .. first+count-1} on the course, each with a random share of its
   * lessons completed over the last 60 days, a stretch of study per lesson, half of them with a
   * deadline. Returns the number of lesson completions written.
   */
  long enrol(long first, int count, long courseId, long[] lessons) throws SQLException {
    long completions = 0;
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(false);
      for (int start = 0; start < count; start += 1000) {
        completions +=
            enrolBatch(db, first + start, Math.min(1000, count - start), courseId, lessons);
        db.commit();
      }
    }
    return completions;
  }

  private long enrolBatch(Connection db, long first, int count, long courseId, long[] lessons)
      throws SQLException {
    long completions = 0;
    try (PreparedStatement enrolment = db.prepareStatement(ENROLMENT);
        PreparedStatement done = db.prepareStatement(COMPLETION);
        PreparedStatement study = db.prepareStatement(STUDY)) {
      for (int i = 0; i < count; i++) {
        int lessonsDone = random.nextInt(lessons.length + 1);
        Instant enrolledAt = NOW.minus(Duration.ofDays(30 + random.nextInt(60)));
        Instant last =
            lessonsDone == 0 ? null : NOW.minus(Duration.ofHours(random.nextInt(24 * 40)));
        Optional<LocalDate> deadline =
            random.nextBoolean()
                ? Optional.of(LocalDate.of(2027, 1 + random.nextInt(3), 28))
                : Optional.empty();
        bindEnrolment(
            enrolment,
            first + i,
            courseId,
            lessonsDone,
            lessons.length,
            enrolledAt,
            last,
            deadline);
        enrolment.addBatch();
      }
      enrolment.executeBatch();
      try (PreparedStatement counts =
          db.prepareStatement(
              "SELECT id, lessons_completed, learner_id, last_activity_at FROM enrolment"
                  + " WHERE course_id = ?"
                  + " AND learner_id BETWEEN ? AND ? ORDER BY learner_id")) {
        counts.setLong(1, courseId);
        counts.setLong(2, first);
        counts.setLong(3, first + count - 1);
        try (ResultSet rows = counts.executeQuery()) {
          while (rows.next()) {
            completions += record(done, study, rows, lessons);
          }
        }
      }
      done.executeBatch();
      study.executeBatch();
      return completions;
    }
  }

  private long record(
      PreparedStatement done, PreparedStatement study, ResultSet row, long[] lessons)
      throws SQLException {
    long enrolmentId = row.getLong(1);
    int lessonsDone = row.getInt(2);
    long learnerId = row.getLong(3);
    for (int l = 0; l < lessonsDone; l++) {
      Instant at = NOW.minus(Duration.ofHours(24L * 60 * (lessonsDone - l) / lessonsDone + 1));
      done.setLong(1, enrolmentId);
      done.setLong(2, lessons[l]);
      done.setObject(3, TIME.convertToDatabaseColumn(at));
      done.addBatch();
      study.setLong(1, enrolmentId);
      study.setLong(2, lessons[l]);
      study.setLong(3, learnerId);
      study.setObject(4, TIME.convertToDatabaseColumn(at.minusSeconds(600)));
      study.setObject(5, at.atZone(Pace.JAPAN).toLocalDate());
      study.addBatch();
    }
    return lessonsDone;
  }

  private static final String ENROLMENT =
      "INSERT INTO enrolment (course_id, learner_id, enrolled_by, status, deadline, enrolled_at,"
          + " completed_at, lessons_completed, checkpoints_passed, study_seconds, last_activity_at,"
          + " on_pace_until, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)";
  private static final String COMPLETION =
      "INSERT INTO lesson_completion (enrolment_id, lesson_id, completed_at) VALUES (?, ?, ?)";
  private static final String STUDY =
      "INSERT INTO study_time (enrolment_id, lesson_id, learner_id, started_at, seconds, study_day)"
          + " VALUES (?, ?, ?, ?, 600, ?)";

  private static void bindEnrolment(
      PreparedStatement sql,
      long learner,
      long courseId,
      int done,
      int total,
      Instant enrolledAt,
      Instant last,
      Optional<LocalDate> deadline)
      throws SQLException {
    boolean complete = done == total;
    sql.setLong(1, courseId);
    sql.setLong(2, learner);
    sql.setLong(3, learner);
    sql.setString(4, complete ? "COMPLETED" : "ACTIVE");
    sql.setObject(5, deadline.orElse(null));
    sql.setObject(6, TIME.convertToDatabaseColumn(enrolledAt));
    sql.setObject(7, complete ? TIME.convertToDatabaseColumn(last) : null);
    sql.setInt(8, done);
    sql.setLong(9, done * 600L);
    sql.setObject(10, last == null ? null : TIME.convertToDatabaseColumn(last));
    Optional<Instant> pace =
        Pace.onPaceUntil(enrolledAt, deadline, (double) done / total, complete);
    sql.setObject(11, pace.map(TIME::convertToDatabaseColumn).orElse(null));
  }

  private static long firstId(Connection db, String table, String column, String value)
      throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
      sql.setString(1, value);
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long key(PreparedStatement sql) throws SQLException {
    try (ResultSet keys = sql.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
