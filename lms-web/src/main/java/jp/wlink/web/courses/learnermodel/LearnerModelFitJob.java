package jp.wlink.web.courses.learnermodel;

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
import jp.wlink.course.learning.FitOutcome;
import jp.wlink.course.learning.ModelFitting;
import jp.wlink.course.progress.Pace;

/**
 * Fits the learner model every night: every instance of a cluster looks each {@link #PERIOD}, and
 * from {@link #FIRST_HOUR} o'clock in Japan the first to claim the day's fit runs it (see {@link
 * ModelFitting#fitNightly()}); an instance that was down at night catches up in its next round.
 */
@ApplicationScoped
public class LearnerModelFitJob {
  private static final Logger LOG = Logger.getLogger(LearnerModelFitJob.class.getName());
  static final Duration PERIOD = Duration.ofHours(1);
  static final int FIRST_HOUR = 3;
  private static final Duration FIRST_DELAY = Duration.ofMinutes(5);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject private ModelFitting fitting;
  @Inject private Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, FIRST_DELAY.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  void round() {
    if (clock.instant().atZone(Pace.JAPAN).getHour() < FIRST_HOUR) {
      return;
    }
    try {
      FitOutcome outcome = fitting.fitNightly();
      LOG.fine(() -> "Nightly learner model fit: " + outcome.kind());
    } catch (RuntimeException e) {
      // A scheduled task that throws would never run again; the next round retries.
      LOG.log(Level.WARNING, "The nightly learner model fit failed; the next round retries", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
