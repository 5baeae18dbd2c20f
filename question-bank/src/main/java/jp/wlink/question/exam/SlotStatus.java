package jp.wlink.question.exam;

import java.util.Optional;
import jp.wlink.question.scoring.Response;

/**
 * One slot as the exam page needs it to resume: which version and choice order to show, the saved
 * answer with the revision the next save must name, and the review flag.
 */
public record SlotStatus(
    int position,
    String subject,
    long questionVersionId,
    long choiceSeed,
    long revision,
    Optional<Response> response,
    boolean flagged) {

  public boolean answered() {
    return response.map(Answers::given).orElse(false);
  }
}
