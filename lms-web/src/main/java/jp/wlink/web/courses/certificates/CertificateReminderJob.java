package jp.wlink.web.courses.certificates;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the certificate reminders every {@link #PERIOD} on the server's managed scheduler. Every
 * instance of a cluster runs it; the engine's conditional claim reminds each holder once, and a
 * round after downtime catches up on whatever fell due meanwhile.
 */
@ApplicationScoped
public class CertificateReminderJob {
  private static final Logger LOG = Logger.getLogger(CertificateReminderJob.class.getName());
  static final Duration PERIOD = Duration.ofHours(1);
  private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
  private static final int MAX_BATCHES = 20;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject private CertificateReminders reminders;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, FIRST_DELAY.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  void round() {
    try {
      int batches = 0;
      while (reminders.remindDue() == CertificateReminders.BATCH && ++batches < MAX_BATCHES) {
        LOG.fine("Reminded a full batch of certificate holders; looking for more");
      }
    } catch (RuntimeException e) {
      // A scheduled task that throws would never run again; the next round retries.
      LOG.log(Level.WARNING, "Certificate reminders failed; the next round retries", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
