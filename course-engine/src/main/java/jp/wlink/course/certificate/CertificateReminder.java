package jp.wlink.course.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * The reminder that a certificate will soon expire: created once per certificate by whichever
 * instance claims it first, then marked with how its mail went.
 */
@Entity
@Table(name = "certificate_reminder")
public class CertificateReminder {
  @Id
  @Column(name = "certificate_id")
  private Long certificateId;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  private String delivery;

  protected CertificateReminder() {}

  CertificateReminder(long certificateId, Instant createdAt) {
    this.certificateId = certificateId;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  void delivered(String how) {
    delivery = Objects.requireNonNull(how);
  }

  public long getCertificateId() {
    return certificateId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Optional<String> delivery() {
    return Optional.ofNullable(delivery);
  }
}
