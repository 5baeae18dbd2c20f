package jp.wlink.course.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;

/** The rate of correct answers overall and per skill in a set of sequences. */
final class SkillRates {
  private final Map<Integer, int[]> perSkill = new HashMap<>();
  private int correct;
  private int answers;

  SkillRates(List<AnswerSequence> sequences) {
    for (AnswerSequence sequence : sequences) {
      for (Answer answer : sequence.answers()) {
        int[] counts = perSkill.computeIfAbsent(answer.item().skill(), s -> new int[2]);
        counts[0] += answer.correct() ? 1 : 0;
        counts[1]++;
        correct += answer.correct() ? 1 : 0;
        answers++;
      }
    }
  }

  double global() {
    return correct / (double) answers;
  }

  /**
   * The skill's rate, pulled towards the global rate by one answer's worth (the global when
   * unseen).
   */
  double of(int skill) {
    int[] counts = perSkill.getOrDefault(skill, new int[2]);
    return (counts[0] + global()) / (counts[1] + 1);
  }
}
