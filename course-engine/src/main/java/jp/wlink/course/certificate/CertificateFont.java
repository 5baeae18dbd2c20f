package jp.wlink.course.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The bytes of the Japanese TrueType font that certificates embed: a file named by the operator
 * when there is one, else the IPA Gothic shipped in this jar, else the one Debian's
 * fonts-ipafont-gothic installs. Read once and kept, as the file is about 6 MB.
 */
public final class CertificateFont {
  private static final Logger LOG = Logger.getLogger(CertificateFont.class.getName());
  static final String BUNDLED = "ipag.ttf";
  static final Path SYSTEM = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");

  private final byte[] bytes;

  private CertificateFont(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Finds the font.
   *
   * @param configured a TrueType file chosen by the operator, if any
   * @throws CertificateFontMissing when none of the places holds a readable font
   */
  public static CertificateFont find(Optional<Path> configured) {
    try {
      if (configured.isPresent()) {
        return fromFile(configured.get());
      }
      try (InputStream bundled = CertificateFont.class.getResourceAsStream(BUNDLED)) {
        if (bundled != null) {
          return new CertificateFont(bundled.readAllBytes());
        }
      }
      return fromFile(SYSTEM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CertificateFont fromFile(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      throw new CertificateFontMissing(
          "No Japanese font for certificates at "
              + file
              + "; set wlink.certificate.font to a TrueType file such as IPA Gothic (ipag.ttf)");
    }
    LOG.info(() -> "Certificates embed the font " + file);
    return new CertificateFont(Files.readAllBytes(file));
  }

  byte[] bytes() {
    return bytes;
  }
}
