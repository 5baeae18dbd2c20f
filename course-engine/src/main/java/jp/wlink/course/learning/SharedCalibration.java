package jp.wlink.course.learning;

import static jp.wlink.course.learning.CalibrationTable.ITEMS;
import static jp.wlink.course.learning.CalibrationTable.SKILLS;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import jp.wlink.course.learning.CalibrationTable.Row;
import jp.wlink.course.model.Difficulties;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.ModelSettings;

/**
 * The skills' and items' difficulties shared by every instance through the calibration tables, with
 * this instance's copy in memory for the model's predictions. Before a scored answer is learnt, its
 * rows are locked (skills first, then items, each in ascending id, created at the prior when new)
 * and copied into memory, so the model moves the latest committed values; {@link #store} writes
 * back those that moved in the same transaction. Rows other instances changed are read back by
 * {@link #refresh}. updated_at is this instance's wall-clock time, only used to find what changed
 * since the last read.
 */
final class SharedCalibration {
  /** Rows written this long before the last read are read again, for clocks and slow commits. */
  static final Duration OVERLAP = Duration.ofMinutes(2);

  private final ModelSettings settings;
  private final Clock clock = Clock.systemUTC();
  private final Difficulties difficulties;
  private volatile Boolean h2;
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
    SortedSet<Long> skillIds = new TreeSet<>();
    SortedSet<Long> itemIds = new TreeSet<>();
    items.forEach(item -> skillIds.add(skillId(item.skill())));
    items.stream().filter(item -> !item.isTypical()).forEach(item -> itemIds.add(item.item()));
    return lock(em, skillIds, itemIds);
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
    boolean onH2 = isH2(em);
    SKILLS.write(
        em, moved(locked.skills(), locked.moved(), id -> difficulties.skill(number(id))), at, onH2);
    Function<Long, Difficulty> offset = id -> difficulties.itemOffset(id).orElseThrow();
    ITEMS.write(em, moved(locked.items(), locked.movedItems(), offset), at, onH2);
  }

  // LIMITATION: rows are found by the writer's wall clock, so an instance whose clock runs more
  // than OVERLAP behind the reader's can have a change missed until that row changes again.
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
   * answers do and keeping their answer counts, and takes it into memory.
   */
  void replace(EntityManager em, Difficulties fitted) {
    SortedMap<Long, Difficulty> skills = new TreeMap<>();
    fitted.eachSkill((number, d) -> skills.put(skillId(number), d));
    SortedMap<Long, Difficulty> items = new TreeMap<>();
    fitted.eachItem((d, item) -> items.put(item, d));
    Locked locked = lock(em, new TreeSet<>(skills.keySet()), new TreeSet<>(items.keySet()));

    Instant at = clock.instant();
    boolean onH2 = isH2(em);
    SKILLS.write(em, replaced(locked.skills(), skills), at, onH2);
    ITEMS.write(em, replaced(locked.items(), items), at, onH2);
    skills.forEach((id, d) -> difficulties.restoreSkill(number(id), d));
    items.forEach(difficulties::restoreItemOffset);
  }

  private Locked lock(EntityManager em, SortedSet<Long> skillIds, SortedSet<Long> itemIds) {
    Instant at = clock.instant();
    boolean onH2 = isH2(em);
    Difficulty skillPrior = new Difficulty(0, settings.skillDifficultyVariance());
    Difficulty itemPrior = new Difficulty(0, settings.itemVariance());

    Map<Long, Row> skills = SKILLS.lock(em, skillIds, skillPrior, at, onH2);
    Map<Long, Row> offsets = ITEMS.lock(em, itemIds, itemPrior, at, onH2);

    skills.forEach((id, row) -> difficulties.restoreSkill(number(id), row.difficulty()));
    offsets.forEach((id, row) -> difficulties.restoreItemOffset(id, row.difficulty()));
    return new Locked(skills, offsets, new TreeMap<>(), new TreeMap<>());
  }

  private boolean isH2(EntityManager em) {
    Boolean known = h2;
    if (known == null) {
      known = CalibrationTable.isH2(em);
      h2 = known;
    }
    return known;
  }

  private static SortedMap<Long, Row> moved(
      Map<Long, Row> before, Map<Long, Integer> answers, Function<Long, Difficulty> now) {
    SortedMap<Long, Row> moved = new TreeMap<>();
    answers.forEach(
        (id, count) -> moved.put(id, new Row(now.apply(id), before.get(id).answers() + count)));
    return moved;
  }

  private static SortedMap<Long, Row> replaced(
      Map<Long, Row> before, SortedMap<Long, Difficulty> fitted) {
    SortedMap<Long, Row> rows = new TreeMap<>();
    fitted.forEach((id, d) -> rows.put(id, new Row(d, before.get(id).answers())));
    return rows;
  }

  /** Skill numbers are skill_number ids less one (see {@link SkillNumber}). */
  private static long skillId(int number) {
    return number + 1L;
  }

  private static int number(long skillId) {
    return (int) (skillId - 1);
  }

  /**
   * The rows one learner's answers hold locked, as they were read, and how many of the answers
   * moved each skill's and each item's calibration.
   */
  record Locked(
      Map<Long, Row> skills,
      Map<Long, Row> items,
      Map<Long, Integer> moved,
      Map<Long, Integer> movedItems) {}
}
