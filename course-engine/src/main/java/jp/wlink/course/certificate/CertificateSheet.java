package jp.wlink.course.certificate;

import java.util.Objects;

/**
 * Every line a certificate prints, already written in the reader's language by the caller (the
 * engine keeps no wording of its own): the heading, the holder's name with its honorific, the
 * statement, the course title, the dates, and the verification code with where to check it.
 */
public record CertificateSheet(
    String heading,
    String holder,
    String statement,
    String courseTitle,
    String issued,
    String validity,
    String code,
    String verifyAt,
    String issuer) {
  public CertificateSheet {
    Objects.requireNonNull(heading);
    Objects.requireNonNull(holder);
    Objects.requireNonNull(statement);
    Objects.requireNonNull(courseTitle);
    Objects.requireNonNull(issued);
    Objects.requireNonNull(validity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(verifyAt);
    Objects.requireNonNull(issuer);
  }
}
