package jp.wlink.course.certificate;

/**
 * No Japanese font could be found for a certificate: neither the bundled IPA Gothic nor the file
 * named by {@code wlink.certificate.font}. Pages say so instead of producing a PDF with boxes.
 */
public class CertificateFontMissing extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CertificateFontMissing(String message) {
    super(message);
  }
}
