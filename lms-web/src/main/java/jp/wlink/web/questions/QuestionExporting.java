package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.QuestionPage;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportLimits;

/**
 * The questions a filter selects, with their current content and metadata, ready for a writer. At
 * most as many as one import may hold, so that what is exported can be imported again.
 */
// LIMITATION: images stay links to /files/questions/... instead of travelling inside the file, so
// another W/LINK reads them back but Moodle does not show them.
@ApplicationScoped
@Transactional
public class QuestionExporting {
  static final int CHUNK = 500;
  static final int MAX = ImportLimits.DEFAULT.maxQuestions();

  @Inject private QuestionBank bank;

  public long count(QuestionFilter filter) {
    return bank.search(filter, 0, 1).total();
  }

  public List<ExportedQuestion> questions(QuestionFilter filter) {
    List<ExportedQuestion> exported = new ArrayList<>();
    for (int offset = 0; offset < MAX; offset += CHUNK) {
      QuestionPage page = bank.search(filter, offset, CHUNK);
      for (Question question : page.questions()) {
        bank.currentVersion(question.getId())
            .ifPresent(
                version ->
                    exported.add(
                        new ExportedQuestion(
                            version.getContent(), question.metadata(), List.of())));
      }
      if (page.questions().size() < CHUNK) {
        break;
      }
    }
    return exported;
  }
}
