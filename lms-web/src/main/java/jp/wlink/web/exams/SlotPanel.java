package jp.wlink.web.exams;

import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.SlotStatus;

/**
 * One question of the exam page with everything its inputs need to show the exact saved state: the
 * version's content, the seed of its order, the saved answer as the player's JSON and the revision
 * the next save names.
 */
public record SlotPanel(
    int position,
    String subject,
    QuestionContent content,
    long seed,
    long revision,
    String response,
    boolean flagged,
    boolean answered) {

  static SlotPanel of(SlotStatus slot, QuestionContent content) {
    return new SlotPanel(
        slot.position(),
        slot.subject(),
        content,
        slot.choiceSeed(),
        slot.revision(),
        ResponseValues.text(slot.response()),
        slot.flagged(),
        slot.answered());
  }
}
