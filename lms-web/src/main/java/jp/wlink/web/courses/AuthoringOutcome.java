package jp.wlink.web.courses;

import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.course.catalogue.NotCourseEditorException;
import jp.wlink.course.catalogue.NotPublishableException;
import jp.wlink.course.catalogue.StaleCourseException;
import jp.wlink.course.catalogue.UnknownCourseException;
import jp.wlink.web.i18n.Messages;

/**
 * Runs one authoring change and turns what the engine refuses into a translated message, so that
 * the page stays as the author left it and nothing saved before is lost.
 */
final class AuthoringOutcome {
  private static final Logger LOG = Logger.getLogger(AuthoringOutcome.class.getName());

  private AuthoringOutcome() {}

  /** True when the change was made (and {@code doneKey}, if any, is shown). */
  static boolean attempt(Messages messages, Runnable change, String doneKey) {
    try {
      change.run();
      if (doneKey != null) {
        messages.info(doneKey);
      }
      return true;
    } catch (NotPublishableException e) {
      // The page lists the problems under the course; the message only says publishing failed.
      LOG.fine(() -> "Refused to publish: " + e.problems());
      messages.error(null, "course.publish.refused");
    } catch (StaleCourseException e) {
      messages.error(null, "course.error.stale");
    } catch (UnknownCourseException e) {
      messages.error(null, "course.error.gone");
    } catch (NotCourseEditorException e) {
      messages.error(null, "course.error.notEditor");
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      LOG.log(Level.FINE, "Refused an authoring change", e);
      messages.error(null, "course.error.invalid");
    }
    return false;
  }
}
