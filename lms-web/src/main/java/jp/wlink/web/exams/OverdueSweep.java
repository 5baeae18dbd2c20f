package jp.wlink.web.exams;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.question.exam.Submissions;

/**
 * Submits attempts whose deadline has passed, even when their learners have gone: every {@link
 * #PERIOD} from the start of the application, on the server's managed scheduler. Each instance of a
 * cluster runs its own sweep; the engine's conditional claim submits every attempt exactly once
 * whoever gets there first. After downtime the first sweep catches up, since it takes whatever is
 * overdue by then, batch after batch.
 */
@ApplicationScoped
public class OverdueSweep {
  private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());

  static final Duration PERIOD = Duration.ofSeconds(15);
  private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

  /** Batches per sweep at most, so that one sweep never runs on without end. */
  private static final int MAX_BATCHES = 20;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject private Submissions submissions;
  @Inject private Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::sweep, FIRST_DELAY.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One sweep: batch after batch of overdue attempts until one submits none. */
  void sweep() {
    try {
      int batches = 0;
      while (submissions.autoSubmitOverdue(clock.instant()) > 0 && ++batches < MAX_BATCHES) {
        LOG.fine("Swept a batch of overdue attempts; looking for more");
      }
    } catch (RuntimeException e) {
      // The next sweep tries again; a scheduled task that throws would never run again.
      LOG.log(Level.WARNING, "Sweeping overdue attempts failed; the next sweep retries", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
