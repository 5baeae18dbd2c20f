package jp.wlink.course.learning;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.placement.PlacementResult;
import jp.wlink.course.placement.PlacementTest;

/**
 * One learner's placement test on one course, between its start and its end: the running test, the
 * state it changes and the bank's question versions and skills of its items. Kept by the page for
 * the duration of the test; not safe for concurrent use.
 */
public final class PlacementSession {
  private final long learnerId;
  private final long courseId;
  private final PlacementTest test;
  private final LearnerState state;
  private final Map<Long, Long> versions;
  private final Map<Integer, String> skills;
  private Integer startingLevel;

  PlacementSession(
      long learnerId,
      long courseId,
      PlacementTest test,
      LearnerState state,
      Map<Long, Long> versions,
      Map<Integer, String> skills) {
    this.learnerId = learnerId;
    this.courseId = courseId;
    this.test = Objects.requireNonNull(test);
    this.state = Objects.requireNonNull(state);
    this.versions = Map.copyOf(versions);
    this.skills = Map.copyOf(skills);
  }

  public long learnerId() {
    return learnerId;
  }

  public long courseId() {
    return courseId;
  }

  /** The question version to show now, or empty once the test has ended. */
  public Optional<Long> currentVersion() {
    return test.nextItem().map(item -> versions.get(item.item()));
  }

  public boolean finished() {
    return test.finished();
  }

  public int answered() {
    return test.answered();
  }

  /** The result, once finished; skill numbers are turned into ids by {@link #skillId(int)}. */
  public PlacementResult result() {
    return test.result();
  }

  /** The id of a skill the result names by number. */
  public String skillId(int number) {
    return skills.get(number);
  }

  Optional<ItemRef> asked() {
    return test.nextItem();
  }

  PlacementTest test() {
    return test;
  }

  LearnerState state() {
    return state;
  }

  /** The level the learner's enrolment starts at after the test, once it ended unskipped. */
  public Optional<Integer> startingLevel() {
    return Optional.ofNullable(startingLevel);
  }

  void startAt(int level) {
    startingLevel = level;
  }
}
