package jp.wlink.course.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {
  private static final CertificateSheet SHEET =
      new CertificateSheet(
          "修了証",
          "髙橋 一郎 殿",
          "あなたは次の講座を修了したことを証します。",
          "浄水処理の基礎（凝集・沈殿・ろ過）",
          "発行日 2026年12月4日",
          "有効期限 2029年12月3日",
          "検証コード 7KQ2-MX9D-4HTP",
          "https://wlink.example/certificates/verify?code=7KQ2-MX9D-4HTP",
          "W/LINK 技術オンライン");

  @Test
  void printsTheJapaneseNameAndCourseTitleAsText() throws IOException {
    byte[] pdf = new CertificatePdf(CertificateFont.find(Optional.empty())).render(SHEET);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("髙橋 一郎 殿", "浄水処理の基礎（凝集・沈殿・ろ過）", "7KQ2-MX9D-4HTP");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void embedsEveryFontItUses() throws IOException {
    byte[] pdf = new CertificatePdf(CertificateFont.find(Optional.empty())).render(SHEET);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = fonts(document.getPage(0).getResources());
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
    }
  }

  @Test
  void saysWhichSettingToUseWhenTheNamedFontIsMissing() {
    Optional<java.nio.file.Path> missing = Optional.of(java.nio.file.Path.of("/nowhere/ipag.ttf"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificateFont.find(missing))
        .isInstanceOf(CertificateFontMissing.class)
        .hasMessageContaining("wlink.certificate.font");
  }

  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }
}
