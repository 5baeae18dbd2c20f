package jp.wlink.web.courses.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.course.certificate.VerificationCode;

/**
 * The public check of a certificate: for a code, the holder's name, the course, the date of issue
 * and whether it is valid or expired today. Shows nothing else of the holder.
 */
@Named
@RequestScoped
public class VerifyPage {
  @Inject private Certificates certificates;
  @Inject private Clock clock;

  private String code;
  private Certificate found;
  private boolean looked;

  /** The view action: looks the code up once it is given. */
  public void verify() {
    if (code == null || code.isBlank()) {
      return;
    }
    looked = true;
    found = VerificationCode.parse(code).flatMap(certificates::byCode).orElse(null);
  }

  public boolean isLooked() {
    return looked;
  }

  public boolean isFound() {
    return found != null;
  }

  public boolean isValid() {
    return found != null && found.isValidAt(clock.instant());
  }

  public String getHolder() {
    return found == null ? "" : found.getHolderName();
  }

  public String getCourse() {
    return found == null ? "" : found.getCourseTitle();
  }

  public LocalDate getIssuedOn() {
    return found == null ? null : found.issuedOn();
  }

  public LocalDate getExpiresOn() {
    return Optional.ofNullable(found).flatMap(Certificate::expiresOn).orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
