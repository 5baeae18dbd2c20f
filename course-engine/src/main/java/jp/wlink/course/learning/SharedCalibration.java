package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import jp.wlink.course.model.Difficulties;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * The skills' and items' difficulties shared by every instance through the tables {@code
 * skill_calibration} and {@code item_calibration}, with this instance's copy in memory for the
 * model's predictions. Before a scored answer is learnt, its rows are locked (skills first, then
 * items, each in ascending id, created at the prior when new) and copied into memory, so the model
 * moves the latest committed values; {@link #store} writes back those that moved in the same
 * transaction. Rows other instances changed are read back by {@link #refresh}. updated_at is this
 * instance's wall-clock time, only used to find what changed since the last read.
 */
final class SharedCalibration {
  /** Rows written this long before the last read are read again, for clocks and slow commits. */
  static final Duration OVERLAP = Duration.ofMinutes(2);

  private static final UtcInstantConverter TIME = new UtcInstantConverter();
  private static final Table SKILLS = new Table("skill_calibration", "skill_id", "difficulty");
  private static final Table ITEMS =
      new Table("item_calibration", "question_id", "offset_from_skill");

  private final ModelSettings settings;
  private final Clock clock = Clock.systemUTC();
  private final Difficulties difficulties;
  private Instant readSince;

  SharedCalibration(ModelSettings settings) {
    this.settings = Objects.requireNonNull(settings);
    this.difficulties = Difficulties.fresh(settings);
  }

  Difficulties difficulties() {
    return difficulties;
  }

  /** The rows of the items' skills and of the items, locked, as they were before the answers. */
  Locked lock(EntityManager em, List<ItemRef> items) {
    Instant at = clock.instant();
    SortedSet<Long> skillIds = new TreeSet<>();
    SortedSet<Long> itemIds = new TreeSet<>();
    items.forEach(item -> skillIds.add(skillId(item.skill())));
    items.stream().filter(item -> !item.isTypical()).forEach(item -> itemIds.add(item.item()));
    Difficulty skillPrior = new Difficulty(0, settings.skillDifficultyVariance());
    Difficulty itemPrior = new Difficulty(0, settings.itemVariance());

    Map<Long, Row> skills = SKILLS.lock(em, skillIds, skillPrior, at);
    Map<Long, Row> offsets = ITEMS.lock(em, itemIds, itemPrior, at);

    skills.forEach((id, row) -> difficulties.restoreSkill(number(id), row.difficulty()));
    offsets.forEach((id, row) -> difficulties.restoreItemOffset(id, row.difficulty()));
    return new Locked(skills, offsets, new TreeMap<>(), new TreeMap<>());
  }

  /** Runs one answer's update of the model, counting it on the rows it moved. */
  void learn(Locked locked, ItemRef item, Runnable update) {
    Difficulty skill = difficulties.skill(item.skill());
    Difficulty offset = difficulties.itemOffset(item.item()).orElse(null);
    update.run();
    if (!skill.equals(difficulties.skill(item.skill()))) {
      locked.moved().merge(skillId(item.skill()), 1, Integer::sum);
    }
    if (offset != null && !offset.equals(difficulties.itemOffset(item.item()).orElse(null))) {
      locked.movedItems().merge(item.item(), 1, Integer::sum);
    }
  }

  /** Writes back the locked rows the answers moved, with how many answers moved each. */
  void store(EntityManager em, Locked locked) {
    Instant at = clock.instant();
    SKILLS.write(
        em, moved(locked.skills(), locked.moved(), id -> difficulties.skill(number(id))), at);
    ITEMS.write(
        em,
        moved(locked.items(), locked.movedItems(), id -> difficulties.itemOffset(id).orElseThrow()),
        at);
  }

  /** Reads the rows changed since the last read (all of them the first time) into memory. */
  synchronized void refresh(EntityManager em) {
    Instant now = clock.instant();
    Instant since = readSince == null ? Instant.EPOCH : readSince.minus(OVERLAP);
    SKILLS
        .changedSince(em, since)
        .forEach((id, row) -> difficulties.restoreSkill(number(id), row.difficulty()));
    ITEMS
        .changedSince(em, since)
        .forEach((id, row) -> difficulties.restoreItemOffset(id, row.difficulty()));
    readSince = now;
  }

  /**
   * Replaces the stored calibration with a fitted one, locking the rows in the same order as
   * answers do, and takes it into memory.
   */
  void replace(EntityManager em, Difficulties fitted) {
    Instant at = clock.instant();
    Map<Long, Row> skills = new TreeMap<>();
    fitted.eachSkill((number, d) -> skills.put(skillId(number), new Row(d, 0)));
    Map<Long, Row> items = new TreeMap<>();
    fitted.eachItem((d, item) -> items.put(item, new Row(d, 0)));
    SKILLS.replace(em, skills, at);
    ITEMS.replace(em, items, at);
    skills.forEach((id, row) -> difficulties.restoreSkill(number(id), row.difficulty()));
    items.forEach((id, row) -> difficulties.restoreItemOffset(id, row.difficulty()));
  }

  private static Map<Long, Row> moved(
      Map<Long, Row> before, Map<Long, Integer> answers, Function<Long, Difficulty> now) {
    Map<Long, Row> moved = new TreeMap<>();
    answers.forEach(
        (id, count) -> moved.put(id, new Row(now.apply(id), before.get(id).answers() + count)));
    return moved;
  }

  /** Skill numbers are skill_number ids less one (see {@link SkillNumber}). */
  private static long skillId(int number) {
    return number + 1L;
  }

  private static int number(long skillId) {
    return (int) (skillId - 1);
  }

  /** A stored calibration and how many answers have moved it. */
  record Row(Difficulty difficulty, int answers) {}

  /**
   * The rows one learner's answers hold locked, as they were read, and how many of the answers
   * moved each skill's and each item's calibration.
   */
  record Locked(
      Map<Long, Row> skills,
      Map<Long, Row> items,
      Map<Long, Integer> moved,
      Map<Long, Integer> movedItems) {}

  /** One of the two calibration tables, read and written with plain SQL. */
  private record Table(String name, String key, String value) {

    /** Locks the rows in ascending key order, creating missing ones, and reads them. */
    Map<Long, Row> lock(EntityManager em, SortedSet<Long> ids, Difficulty prior, Instant at) {
      if (ids.isEmpty()) {
        return Map.of();
      }
      Map<Long, Row> rows = new TreeMap<>();
      ids.forEach(id -> rows.put(id, new Row(prior, 0)));
      upsert(em, rows, at, key + " = " + key);
      String in = String.join(",", Collections.nCopies(ids.size(), "?"));
      var read =
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

    void write(EntityManager em, Map<Long, Row> rows, Instant at) {
      upsert(em, rows, at, updates());
    }

    void replace(EntityManager em, Map<Long, Row> rows, Instant at) {
      upsert(
          em,
          rows,
          at,
          value
              + " = VALUES("
              + value
              + "), variance = VALUES(variance),"
              + " updated_at = VALUES(updated_at)");
    }

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

    private String updates() {
      return value
          + " = VALUES("
          + value
          + "), variance = VALUES(variance),"
          + " answers = VALUES(answers), updated_at = VALUES(updated_at)";
    }

    /** One multi-row statement in ascending key order, so locks are taken in that order. */
    private void upsert(EntityManager em, Map<Long, Row> rows, Instant at, String onDuplicate) {
      if (rows.isEmpty()) {
        return;
      }
      String values = String.join(",", Collections.nCopies(rows.size(), "(?,?,?,?,?)"));
      var sql =
          em.createNativeQuery(
              "INSERT INTO "
                  + name
                  + " ("
                  + key
                  + ", "
                  + value
                  + ", variance, answers, updated_at)"
                  + " VALUES "
                  + values
                  + " ON DUPLICATE KEY UPDATE "
                  + onDuplicate);
      Object stamp = TIME.convertToDatabaseColumn(at);
      int p = 1;
      for (var row : new TreeMap<>(rows).entrySet()) {
        sql.setParameter(p++, row.getKey());
        sql.setParameter(p++, row.getValue().difficulty().value());
        sql.setParameter(p++, row.getValue().difficulty().variance());
        sql.setParameter(p++, row.getValue().answers());
        sql.setParameter(p++, stamp);
      }
      sql.executeUpdate();
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
}
