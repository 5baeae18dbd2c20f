package jp.wlink.course.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Proof that a learner completed a course: one per enrolment, with the holder's name and the course
 * title as they were at issue, a verification code, and an expiry date when the course's rule gives
 * its certificates a validity. Valid through its expiry day in Japan.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
    name = Certificate.OF_ENROLMENT,
    query = "SELECT c FROM Certificate c WHERE c.enrolmentId = :enrolmentId")
@NamedQuery(
    name = Certificate.OF_LEARNER,
    query = "SELECT c FROM Certificate c WHERE c.learnerId = :learnerId ORDER BY c.issuedAt DESC")
@NamedQuery(
    name = Certificate.EXPIRING,
    query =
        "SELECT c FROM Certificate c WHERE c.expiresOn >= :from AND c.expiresOn <= :to"
            + " AND c.reminderClaimedAt IS NULL"
            + " ORDER BY c.expiresOn")
public class Certificate {
  public static final String BY_CODE = "Certificate.byCode";
  public static final String OF_ENROLMENT = "Certificate.ofEnrolment";
  public static final String OF_LEARNER = "Certificate.ofLearner";
  public static final String EXPIRING = "Certificate.expiring";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "holder_name", nullable = false)
  private String holderName;

  @Column(name = "course_title", nullable = false)
  private String courseTitle;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  /** Written only by the claim's conditional update, never through this entity. */
  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "reminder_claimed_at", insertable = false, updatable = false)
  private Instant reminderClaimedAt;

  protected Certificate() {}

  Certificate(
      VerificationCode code,
      Holding holding,
      String holderName,
      String courseTitle,
      Instant issuedAt,
      Optional<LocalDate> expiresOn) {
    this.code = code.value();
    this.enrolmentId = holding.enrolmentId();
    this.learnerId = holding.learnerId();
    this.courseId = holding.courseId();
    this.holderName = Objects.requireNonNull(holderName);
    this.courseTitle = Objects.requireNonNull(courseTitle);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.expiresOn = expiresOn.orElse(null);
  }

  /** Which enrolment, learner and course a certificate is for. */
  record Holding(long enrolmentId, long learnerId, long courseId) {}

  /** Whether the certificate is still valid at that moment: through its expiry day in Japan. */
  public boolean isValidAt(Instant now) {
    return expiresOn == null || !now.atZone(Pace.JAPAN).toLocalDate().isAfter(expiresOn);
  }

  public Long getId() {
    return id;
  }

  public VerificationCode code() {
    return new VerificationCode(code);
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate issuedOn() {
    return issuedAt.atZone(Pace.JAPAN).toLocalDate();
  }

  public Optional<LocalDate> expiresOn() {
    return Optional.ofNullable(expiresOn);
  }
}
