package jp.wlink.course.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a certificate on one landscape A4 page: a double frame and the lines of a {@link
 * CertificateSheet}, each centred and shrunk to fit the width. The font's glyphs used are embedded
 * as a subset, so the PDF shows the same Japanese text on a machine without the font.
 */
public final class CertificatePdf {
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36;
  private static final float TEXT_WIDTH = PAGE.getWidth() - 6 * MARGIN;

  private final CertificateFont font;

  public CertificatePdf(CertificateFont font) {
    this.font = Objects.requireNonNull(font);
  }

  public byte[] render(CertificateSheet sheet) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font type0 = PDType0Font.load(document, new ByteArrayInputStream(font.bytes()), true);
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      describe(document, sheet);

      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        frame(content);
        lines(content, type0, sheet);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void describe(PDDocument document, CertificateSheet sheet) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(sheet.heading() + " " + sheet.courseTitle());
    info.setSubject(sheet.code());
    info.setCreator("W/LINK");
  }

  private static void frame(PDPageContentStream content) throws IOException {
    content.setLineWidth(3);
    content.addRect(MARGIN, MARGIN, PAGE.getWidth() - 2 * MARGIN, PAGE.getHeight() - 2 * MARGIN);
    content.stroke();
    content.setLineWidth(0.8f);
    float inner = MARGIN + 8;
    content.addRect(inner, inner, PAGE.getWidth() - 2 * inner, PAGE.getHeight() - 2 * inner);
    content.stroke();
  }

  private static void lines(PDPageContentStream content, PDType0Font font, CertificateSheet sheet)
      throws IOException {
    float top = PAGE.getHeight();
    centred(content, font, sheet.heading(), 40, top - 120);
    centred(content, font, sheet.holder(), 28, top - 195);
    centred(content, font, sheet.statement(), 14, top - 245);
    centred(content, font, sheet.courseTitle(), 24, top - 295);
    centred(content, font, sheet.issued(), 13, top - 360);
    centred(content, font, sheet.validity(), 13, top - 382);
    centred(content, font, sheet.issuer(), 16, top - 430);
    centred(content, font, sheet.code(), 10, MARGIN + 40);
    centred(content, font, sheet.verifyAt(), 9, MARGIN + 26);
  }

  private static void centred(
      PDPageContentStream content, PDType0Font font, String text, float size, float y)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    float fitted = Math.min(size, size * TEXT_WIDTH / width(font, text, size));
    float x = (PAGE.getWidth() - width(font, text, fitted)) / 2;
    content.beginText();
    content.setFont(font, fitted);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static float width(PDType0Font font, String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }
}
