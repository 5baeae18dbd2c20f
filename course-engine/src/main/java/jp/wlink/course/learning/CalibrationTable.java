package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.wlink.course.model.Difficulty;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * One of the calibration tables ({@code skill_calibration}, {@code item_calibration}), read and
 * written with plain SQL: each row a key, a difficulty with its variance, how many answers moved
 * it, and when it last changed. Rows are created and locked with one multi-row statement in
 * ascending key order. MySQL and MariaDB create missing rows with {@code INSERT ... ON DUPLICATE
 * KEY UPDATE}, which locks existing ones without the gap locks a locking read of missing rows takes
 * (two such gaps make concurrent inserts deadlock); H2, for the embedded demo, with {@code MERGE}.
 */
record CalibrationTable(String name, String key, String value) {
  static final CalibrationTable SKILLS =
      new CalibrationTable("skill_calibration", "skill_id", "difficulty");
  static final CalibrationTable ITEMS =
      new CalibrationTable("item_calibration", "question_id", "offset_from_skill");

  /** Rows per statement: five parameters each, well within the drivers' 65,535. */
  static final int CHUNK = 1_000;

  private static final UtcInstantConverter TIME = new UtcInstantConverter();
  private static final String VENDOR =
      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) ="
          + " 'INFORMATION_SCHEMA' AND UPPER(TABLE_NAME) = 'INNODB_TRX'";

  /** A stored calibration and how many answers have moved it. */
  record Row(Difficulty difficulty, int answers) {}

  /** Whether the database is H2 rather than MySQL or MariaDB (which have InnoDB). */
  static boolean isH2(EntityManager em) {
    return ((Number) em.createNativeQuery(VENDOR).getSingleResult()).longValue() == 0;
  }

  /** Locks the rows in ascending key order, creating missing ones at the prior, and reads them. */
  Map<Long, Row> lock(
      EntityManager em, SortedSet<Long> ids, Difficulty prior, Instant at, boolean h2) {
    Map<Long, Row> locked = new TreeMap<>();
    for (SortedSet<Long> chunk : chunks(ids)) {
      locked.putAll(lockChunk(em, chunk, prior, at, h2));
    }
    return locked;
  }

  private Map<Long, Row> lockChunk(
      EntityManager em, SortedSet<Long> ids, Difficulty prior, Instant at, boolean h2) {
    SortedMap<Long, Row> fresh = new TreeMap<>();
    ids.forEach(id -> fresh.put(id, new Row(prior, 0)));
    String create =
        h2
            ? "MERGE INTO "
                + name
                + " USING (VALUES "
                + tuples(fresh.size())
                + ") AS s(k, d, v, n,"
                + " u) ON "
                + name
                + "."
                + key
                + " = s.k WHEN NOT MATCHED THEN INSERT "
                + columns()
                + " VALUES (s.k, s.d, s.v, s.n, s.u)"
            : "INSERT INTO "
                + name
                + " "
                + columns()
                + " VALUES "
                + tuples(fresh.size())
                + " ON DUPLICATE KEY UPDATE "
                + key
                + " = "
                + key;
    bind(em.createNativeQuery(create), fresh, at).executeUpdate();

    String in = String.join(",", Collections.nCopies(ids.size(), "?"));
    Query read =
        em.createNativeQuery(
            "SELECT "
                + key
                + ", "
                + value
                + ", variance, answers FROM "
                + name
                + " WHERE "
                + key
                + " IN ("
                + in
                + ") ORDER BY "
                + key
                + " FOR UPDATE");
    int p = 1;
    for (long id : ids) {
      read.setParameter(p++, id);
    }
    return rows(read.getResultList());
  }

  /** Writes the rows, which the caller has locked, in ascending key order. */
  void write(EntityManager em, SortedMap<Long, Row> rows, Instant at, boolean h2) {
    for (SortedSet<Long> chunk : chunks(new TreeSet<>(rows.keySet()))) {
      writeChunk(em, rows.subMap(chunk.first(), chunk.last() + 1), at, h2);
    }
  }

  private void writeChunk(EntityManager em, SortedMap<Long, Row> rows, Instant at, boolean h2) {
    String sql =
        h2
            ? "MERGE INTO "
                + name
                + " "
                + columns()
                + " KEY ("
                + key
                + ") VALUES "
                + tuples(rows.size())
            : "INSERT INTO "
                + name
                + " "
                + columns()
                + " VALUES "
                + tuples(rows.size())
                + " ON DUPLICATE KEY UPDATE "
                + value
                + " = VALUES("
                + value
                + "),"
                + " variance = VALUES(variance), answers = VALUES(answers),"
                + " updated_at = VALUES(updated_at)";
    bind(em.createNativeQuery(sql), rows, at).executeUpdate();
  }

  /** The rows changed at or after the instant. */
  Map<Long, Row> changedSince(EntityManager em, Instant since) {
    return rows(
        em.createNativeQuery(
                "SELECT "
                    + key
                    + ", "
                    + value
                    + ", variance, answers FROM "
                    + name
                    + " WHERE updated_at >= ?")
            .setParameter(1, TIME.convertToDatabaseColumn(since))
            .getResultList());
  }

  /** The ids in ascending runs of at most {@link #CHUNK}, to stay within the driver's limits. */
  private static List<SortedSet<Long>> chunks(SortedSet<Long> ids) {
    List<SortedSet<Long>> chunks = new ArrayList<>();
    SortedSet<Long> chunk = new TreeSet<>();
    for (long id : ids) {
      chunk.add(id);
      if (chunk.size() == CHUNK) {
        chunks.add(chunk);
        chunk = new TreeSet<>();
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private String columns() {
    return "(" + key + ", " + value + ", variance, answers, updated_at)";
  }

  private static String tuples(int rows) {
    return String.join(",", Collections.nCopies(rows, "(?,?,?,?,?)"));
  }

  private static Query bind(Query sql, SortedMap<Long, Row> rows, Instant at) {
    Object stamp = TIME.convertToDatabaseColumn(at);
    int p = 1;
    for (Map.Entry<Long, Row> row : rows.entrySet()) {
      sql.setParameter(p++, row.getKey());
      sql.setParameter(p++, row.getValue().difficulty().value());
      sql.setParameter(p++, row.getValue().difficulty().variance());
      sql.setParameter(p++, row.getValue().answers());
      sql.setParameter(p++, stamp);
    }
    return sql;
  }

  private static Map<Long, Row> rows(List<?> result) {
    Map<Long, Row> rows = new TreeMap<>();
    for (Object found : result) {
      Object[] row = (Object[]) found;
      Difficulty d =
          new Difficulty(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue());
      rows.put(((Number) row[0]).longValue(), new Row(d, ((Number) row[3]).intValue()));
    }
    return rows;
  }
}
