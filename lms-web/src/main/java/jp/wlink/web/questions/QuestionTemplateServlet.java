package jp.wlink.web.questions;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.sheet.SheetLanguage;
import jp.wlink.question.format.sheet.SheetTemplate;

/**
 * The Excel template for importing questions, in Japanese ({@code ?lang=ja}, the default) or
 * English ({@code ?lang=en}): headers, drop-downs, an example row per type and a guide sheet. Under
 * {@code /questions/}, so only authors get it.
 */
@WebServlet(name = "questionTemplate", urlPatterns = QuestionTemplateServlet.PATH)
public class QuestionTemplateServlet extends HttpServlet {
  static final String PATH = "/questions/template.xlsx";
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SheetLanguage language = SheetLanguage.of(Locale.forLanguageTag(lang(request)));
    String fileName = language == SheetLanguage.ENGLISH ? "questions-template-en" : "問題テンプレート";

    response.setContentType(QuestionFormats.mediaType(QuestionFileFormat.XLSX));
    response.setHeader(
        "Content-Disposition",
        Downloads.attachment(QuestionFormats.fileName(fileName, QuestionFileFormat.XLSX)));
    SheetTemplate.write(language, response.getOutputStream());
  }

  private static String lang(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    return lang == null ? "ja" : lang;
  }
}
