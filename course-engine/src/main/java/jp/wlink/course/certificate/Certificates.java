package jp.wlink.course.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.enrolment.CourseCompleted;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.CompletionRule;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Issues completion certificates, finds them by code for anyone who checks one, and claims the
 * reminders before they expire. A certificate is issued once per enrolment, when it completes;
 * issuing again returns the first. Reminders are claimed by a conditional update, so that several
 * instances running the same job remind each holder once.
 */
@ApplicationScoped
public class Certificates {
  private static final Logger LOG = Logger.getLogger(Certificates.class.getName());
  private static final String CLAIM =
      "UPDATE certificate SET reminder_claimed_at = ? WHERE id = ? AND reminder_claimed_at IS NULL";

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private HolderNames names;

  protected Certificates() {}

  /** For tests outside a container. */
  public Certificates(EntityManager em, Clock clock, HolderNames names) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
    this.names = Objects.requireNonNull(names);
  }

  /** Issues the certificate in the transaction that completed the course. */
  void onCompleted(@Observes CourseCompleted completed) {
    issue(completed.enrolmentId());
  }

  /** The enrolment's certificate, issued now if it is completed and has none yet. */
  @Transactional
  public Certificate issue(long enrolmentId) {
    Optional<Certificate> issued = ofEnrolment(enrolmentId);
    if (issued.isPresent()) {
      return issued.get();
    }
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null || enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
      throw new IllegalStateException("Enrolment " + enrolmentId + " is not completed");
    }

    Instant now = clock.instant();
    Course course = em.find(Course.class, enrolment.getCourseId());
    CompletionRule rule = em.find(CompletionRule.class, course.getId());
    LocalDate today = now.atZone(Pace.JAPAN).toLocalDate();
    Optional<LocalDate> expiry = rule == null ? Optional.empty() : rule.expiryFor(today);
    Certificate certificate =
        new Certificate(
            VerificationCode.random(),
            new Certificate.Holding(enrolmentId, enrolment.getLearnerId(), course.getId()),
            names.nameOf(enrolment.getLearnerId()),
            course.getTitle(),
            now,
            expiry);
    em.persist(certificate);
    em.flush();

    LOG.info(() -> "Issued certificate " + certificate.getId() + " for enrolment " + enrolmentId);
    return certificate;
  }

  public Optional<Certificate> byCode(VerificationCode code) {
    return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<Certificate> ofEnrolment(long enrolmentId) {
    return em.createNamedQuery(Certificate.OF_ENROLMENT, Certificate.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultStream()
        .findFirst();
  }

  public List<Certificate> ofLearner(long learnerId) {
    return em.createNamedQuery(Certificate.OF_LEARNER, Certificate.class)
        .setParameter("learnerId", learnerId)
        .getResultList();
  }

  /**
   * Claims the reminders of certificates that expire within {@code daysBefore} days from today (and
   * have not expired), at most {@code max} at a time, and records each claimed reminder. Returns
   * the certificates this caller claimed; a racing caller claims none of the same.
   */
  @Transactional
  public List<Certificate> claimReminders(int daysBefore, int max) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Pace.JAPAN).toLocalDate();
    List<Certificate> due =
        em.createNamedQuery(Certificate.EXPIRING, Certificate.class)
            .setParameter("from", today)
            .setParameter("to", today.plusDays(daysBefore))
            .setMaxResults(max)
            .getResultList();

    List<Certificate> claimed = new ArrayList<>();
    Object stamp = new UtcInstantConverter().convertToDatabaseColumn(now);
    for (Certificate certificate : due) {
      int changed =
          em.createNativeQuery(CLAIM)
              .setParameter(1, stamp)
              .setParameter(2, certificate.getId())
              .executeUpdate();
      if (changed == 1) {
        em.persist(new CertificateReminder(certificate.getId(), now));
        claimed.add(certificate);
      }
    }

    LOG.fine(() -> "Claimed " + claimed.size() + " certificate reminders");
    return claimed;
  }

  /** Notes how the reminder's mail went (sent, logged, failed). */
  @Transactional
  public void reminded(long certificateId, String delivery) {
    CertificateReminder reminder = em.find(CertificateReminder.class, certificateId);
    if (reminder != null) {
      reminder.delivered(delivery);
    }
  }

  public Optional<CertificateReminder> reminderOf(long certificateId) {
    return Optional.ofNullable(em.find(CertificateReminder.class, certificateId));
  }
}
