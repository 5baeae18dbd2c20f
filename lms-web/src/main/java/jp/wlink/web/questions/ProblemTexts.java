package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.web.i18n.Messages;

/**
 * Says the engine's import problems and export losses in the page's language. A key no bundle has
 * yet (an engine change ahead of its texts) still reaches the author, as a general sentence with
 * the key, never as a failed page.
 */
@ApplicationScoped
public class ProblemTexts {
  static final String UNTRANSLATED = "questions.problem.untranslated";
  private static final Logger LOG = Logger.getLogger(ProblemTexts.class.getName());

  @Inject private Messages messages;

  public String problem(ImportProblem problem) {
    return text(problem.messageKey(), problem.arguments());
  }

  public String loss(ExportLoss loss) {
    List<String> arguments = new ArrayList<>(loss.arguments());
    if (!arguments.isEmpty()) {
      labelKey(loss.messageKey(), arguments.get(0))
          .ifPresent(key -> arguments.set(0, messages.text(key)));
    }
    return text(loss.messageKey(), arguments);
  }

  /**
   * The bundle key of the label the pages show for a loss's first argument, when the engine names
   * an enum constant there (a text format, a question type): the author reads 「Moodle自動書式」, never
   * {@code MOODLE_AUTO}.
   */
  static Optional<String> labelKey(String lossKey, String argument) {
    if (lossKey.equals(ExportLoss.KEY_PREFIX + "sheet.textFormat")) {
      return Optional.of("questions.format." + argument);
    }
    if (lossKey.equals(ExportLoss.KEY_PREFIX + "gift.typeNotSupported")) {
      return Optional.of("question.type." + argument.toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private String text(String key, List<String> arguments) {
    try {
      return messages.text(key, arguments.toArray());
    } catch (MissingResourceException missing) {
      LOG.warning(() -> "No text for message key " + key);
      return messages.text(UNTRANSLATED, key);
    }
  }
}
