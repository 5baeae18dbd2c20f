package jp.wlink.web.courses.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import jp.wlink.course.certificate.CertificateFont;
import jp.wlink.course.certificate.CertificatePdf;
import jp.wlink.course.certificate.CertificateSheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders certificates with the font {@code wlink.certificate.font} names, or the IPA Gothic that
 * ships with W/LINK when it names none. The font is found on first use and kept.
 */
@ApplicationScoped
public class CertificateRenderer {
  @Inject
  @ConfigProperty(name = "wlink.certificate.font")
  Optional<String> fontFile;

  private volatile CertificatePdf pdf;

  /**
   * @throws jp.wlink.course.certificate.CertificateFontMissing when the named font is unreadable
   */
  public byte[] render(CertificateSheet sheet) {
    CertificatePdf renderer = pdf;
    if (renderer == null) {
      Optional<Path> configured =
          fontFile.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of);
      renderer = new CertificatePdf(CertificateFont.find(configured));
      pdf = renderer;
    }
    return renderer.render(sheet);
  }
}
