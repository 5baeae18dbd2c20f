package jp.wlink.web.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.mail.OutgoingMail;

/**
 * Sends the daily digests: every {@link #PERIOD} each instance of a cluster tries to claim the
 * Japan day's digest, and the one that wins mails every notification still waiting, also those of
 * days missed while W/LINK was down.
 */
@ApplicationScoped
public class DigestJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
  static final Duration PERIOD = Duration.ofMinutes(30);
  private static final Duration FIRST_DELAY = Duration.ofMinutes(2);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject private Notifications notifications;
  @Inject private Mailer mailer;

  private Supplier<List<OutgoingMail>> claim;
  private ScheduledFuture<?> task;

  public DigestJob() {}

  /** For tests outside a container, with a claim that runs in their own transaction. */
  DigestJob(Supplier<List<OutgoingMail>> claim, Mailer mailer) {
    this.claim = claim;
    this.mailer = mailer;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, FIRST_DELAY.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One round: returns how many digests this instance mailed. */
  // LIMITATION: a digest whose mail fails is not sent again; its notifications stay in the app.
  int round() {
    try {
      List<OutgoingMail> digests = claim != null ? claim.get() : notifications.claimDigests();
      digests.forEach(mailer::send);
      if (!digests.isEmpty()) {
        LOG.info(() -> "Mailed " + digests.size() + " notification digests");
      }
      return digests.size();
    } catch (RuntimeException e) {
      // A scheduled task that throws would never run again; the next round retries.
      LOG.log(Level.WARNING, "Notification digests failed; the next round retries", e);
      return 0;
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
