package jp.wlink.course.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.wlink.course.adaptive.LearnerSnapshot;
import jp.wlink.course.adaptive.ScheduledReview;
import jp.wlink.course.adaptive.StudyGoal;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;

/**
 * A learner as the policy sees them, read from the stored learning record and study record. Items
 * and skills are looked up by the model numbers handed out for the course's skills; the goal is the
 * learner's study goal with its certification's skills.
 */
record StoredSnapshot(
    LearnerModel model,
    LearnerState state,
    Map<String, Integer> skillNumbers,
    Map<Long, Integer> itemSkills,
    Set<Long> lessonsCompleted,
    Set<Long> checkpointsPassed,
    int level,
    List<ScheduledReview> reviews,
    Optional<Long> lastItem,
    Optional<StudyGoal> goal)
    implements LearnerSnapshot {

  @Override
  public double mastery(String skillId) {
    Integer skill = skillNumbers.get(skillId);
    if (skill == null || state.answersAt(skill) == 0) {
      return 0;
    }
    return model.mastery(state, skill);
  }

  @Override
  public double probabilityCorrect(long itemId) {
    Integer skill = itemSkills.get(itemId);
    return skill == null ? 0 : model.predict(state, new ItemRef(itemId, skill));
  }

  @Override
  public boolean lessonCompleted(long lessonId) {
    return lessonsCompleted.contains(lessonId);
  }

  @Override
  public boolean checkpointPassed(long checkpointId) {
    return checkpointsPassed.contains(checkpointId);
  }

  @Override
  public OptionalLong lastItemId() {
    return lastItem.map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }
}
