package jp.wlink.web.courses.progress.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Writes the next-activity benchmark's catalogue straight through JDBC in batches: 100 skills, a
 * published course of 10 units (each needing the one before) of 10 lessons, one skill each, and
 * 5,000 published single-choice questions, 50 per skill, with their versions. The learners' answers
 * are written by {@link AnswerSeed}.
 */
final class NextActivitySeed {
  static final int SKILLS = 100;
  static final int UNITS = 10;
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  static String skill(int number) {
    return String.format("bench.skill-%03d", number);
  }

  /** The skills' stored model numbers (skill_number ids less one), by skill index. */
  int[] numberSkills(Connection db) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement("INSERT INTO skill_number (skill) VALUES (?)")) {
      for (int s = 0; s < SKILLS; s++) {
        sql.setString(1, skill(s));
        sql.addBatch();
      }
      sql.executeBatch();
    }
    int[] numbers = new int[SKILLS];
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT id, skill FROM skill_number")) {
      while (rows.next()) {
        String skill = rows.getString(2);
        if (skill.startsWith("bench.skill-")) {
          numbers[Integer.parseInt(skill.substring(12))] = (int) (rows.getLong(1) - 1);
        }
      }
    }
    return numbers;
  }

  /** The published course; returns its id and its lessons' ids in course order. */
  Course course(Connection db, long ownerId) throws SQLException {
    long course = insertCourse(db, ownerId);
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO course_skill (course_id, skill_order, skill, skill_level)"
                + " VALUES (?, ?, ?, ?)")) {
      for (int s = 0; s < SKILLS; s++) {
        sql.setLong(1, course);
        sql.setInt(2, s);
        sql.setString(3, skill(s));
        sql.setInt(4, 1 + s * 5 / SKILLS);
        sql.addBatch();
      }
      sql.executeBatch();
    }
    List<Long> lessons = new ArrayList<>();
    long previous = 0;
    for (int u = 0; u < UNITS; u++) {
      long unit = unit(db, course, u, previous);
      for (int l = 0; l < SKILLS / UNITS; l++) {
        lessons.add(lesson(db, unit, l, u * (SKILLS / UNITS) + l));
      }
      previous = unit;
    }
    return new Course(course, lessons.stream().mapToLong(Long::longValue).toArray());
  }

  /** The course's id and its lessons' ids in order. */
  record Course(long id, long[] lessons) {}

  /**
   * {@code perSkill} published questions of each skill, ids from 1; returns each question's skill
   * index, by question id.
   */
  Map<Long, Integer> questions(Connection db, long authorId, int perSkill) throws SQLException {
    long category = category(db);
    Map<Long, Integer> skillOf = new HashMap<>();
    Object now = TIME.convertToDatabaseColumn(OfficerTableSeed.NOW);
    SplittableRandom random = new SplittableRandom(7);
    try (PreparedStatement question = db.prepareStatement(QUESTION);
        PreparedStatement version = db.prepareStatement(VERSION);
        PreparedStatement skill = db.prepareStatement(QUESTION_SKILL)) {
      long id = 1;
      for (int s = 0; s < SKILLS; s++) {
        for (int q = 0; q < perSkill; q++, id++) {
          bindQuestion(question, id, category, authorId, 1 + random.nextInt(5), now);
          question.addBatch();
          version.setLong(1, id);
          version.setLong(2, id);
          version.setObject(3, now);
          version.setLong(4, authorId);
          version.addBatch();
          skill.setLong(1, id);
          skill.setString(2, skill(s));
          skill.addBatch();
          skillOf.put(id, s);
        }
      }
      question.executeBatch();
      version.executeBatch();
      skill.executeBatch();
    }
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate("UPDATE question_bank_id SET next_value = 1000000");
    }
    return skillOf;
  }

  private static final String QUESTION =
      "INSERT INTO question (id, category_id, name, question_type, status, question_level,"
          + " author_id, current_version, search_text, fingerprint, created_at, updated_at,"
          + " revision) VALUES (?, ?, ?, 'SINGLE_CHOICE', 'PUBLISHED', ?, ?, 1, '', ?, ?, ?, 1)";
  private static final String VERSION =
      "INSERT INTO question_version (id, question_id, version_no, content, created_at, author_id,"
          + " in_use) VALUES (?, ?, 1, '{}', ?, ?, TRUE)";
  private static final String QUESTION_SKILL =
      "INSERT INTO question_skill (question_id, skill_order, skill) VALUES (?, 0, ?)";

  private static void bindQuestion(
      PreparedStatement sql, long id, long category, long author, int level, Object now)
      throws SQLException {
    sql.setLong(1, id);
    sql.setLong(2, category);
    sql.setString(3, "ベンチ問題" + id);
    sql.setInt(4, level);
    sql.setLong(5, author);
    sql.setString(6, String.format("%064d", id));
    sql.setObject(7, now);
    sql.setObject(8, now);
  }

  private static long category(Connection db) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO question_category (parent_id, name, name_hash)"
                + " SELECT id, 'ベンチ', REPEAT('b', 64) FROM question_category"
                + " WHERE parent_id IS NULL",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.executeUpdate();
      return key(sql);
    }
  }

  private static long insertCourse(Connection db, long ownerId) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO course (code, title, summary, course_level, status, owner_id, created_at,"
                + " updated_at, published_at, version)"
                + " VALUES ('BENCH-NEXT', '浄水処理の基礎（ベンチ）', '', 1, 'PUBLISHED', ?, ?, ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setLong(1, ownerId);
      for (int p = 2; p <= 4; p++) {
        sql.setObject(p, TIME.convertToDatabaseColumn(OfficerTableSeed.NOW));
      }
      sql.executeUpdate();
      return key(sql);
    }
  }

  private static long unit(Connection db, long course, int position, long previous)
      throws SQLException {
    long unit;
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO course_unit (course_id, position, title, summary, checkpoint_count,"
                + " checkpoint_pass_percent, version) VALUES (?, ?, ?, '', 0, 60, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setLong(1, course);
      sql.setInt(2, position);
      sql.setString(3, "単元" + position);
      sql.executeUpdate();
      unit = key(sql);
    }
    if (previous != 0) {
      try (PreparedStatement sql =
          db.prepareStatement(
              "INSERT INTO course_unit_prerequisite (unit_id, required_unit_id) VALUES (?, ?)")) {
        sql.setLong(1, unit);
        sql.setLong(2, previous);
        sql.executeUpdate();
      }
    }
    return unit;
  }

  private static long lesson(Connection db, long unit, int position, int skill)
      throws SQLException {
    long lesson;
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO lesson (unit_id, position, title, body, lesson_level, minutes, video_kind,"
                + " practice_count, version) VALUES (?, ?, ?, '', ?, 10, 'NONE', 5, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      sql.setLong(1, unit);
      sql.setInt(2, position);
      sql.setString(3, "授業" + skill);
      sql.setInt(4, 1 + skill * 5 / SKILLS);
      sql.executeUpdate();
      lesson = key(sql);
    }
    try (PreparedStatement sql =
        db.prepareStatement(
            "INSERT INTO lesson_skill (lesson_id, skill_order, skill) VALUES (?, 0, ?)")) {
      sql.setLong(1, lesson);
      sql.setString(2, skill(skill));
      sql.executeUpdate();
    }
    return lesson;
  }

  private static long key(PreparedStatement sql) throws SQLException {
    try (ResultSet keys = sql.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
