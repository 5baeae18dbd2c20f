package jp.wlink.web.courses.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.certificate.CertificateFontMissing;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.course.certificate.VerificationCode;
import jp.wlink.web.account.Account;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.questions.Downloads;
import jp.wlink.web.security.CurrentAccount;

/**
 * The certificate as PDF ({@code /certificates/pdf?code=…}), for its holder only, in their
 * language. Anyone else gets 404, as if there were no such certificate.
 */
@WebServlet(name = "certificatePdf", urlPatterns = CertificatePdfServlet.PATH)
public class CertificatePdfServlet extends HttpServlet {
  static final String PATH = "/certificates/pdf";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CertificatePdfServlet.class.getName());

  @Inject private transient Certificates certificates;
  @Inject private transient CertificateSheets sheets;
  @Inject private transient CertificateRenderer renderer;
  @Inject private transient CurrentAccount currentAccount;
  @Inject private transient Messages messages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Account> holder = currentAccount.account();
    Optional<Certificate> certificate =
        VerificationCode.parse(request.getParameter("code")).flatMap(certificates::byCode);
    if (holder.isEmpty()
        || certificate.isEmpty()
        || certificate.get().getLearnerId() != holder.get().getId()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = holder.get().getLocale();
    byte[] pdf;
    try {
      pdf = renderer.render(sheets.of(certificate.get(), locale));
    } catch (CertificateFontMissing missing) {
      LOG.log(Level.SEVERE, "Cannot render certificates: " + missing.getMessage());
      response.sendError(
          HttpServletResponse.SC_SERVICE_UNAVAILABLE, messages.text(locale, "certificate.noFont"));
      return;
    }
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader(
        "Content-Disposition",
        Downloads.attachment(
            messages.text(locale, "certificate.fileName", certificate.get().code().value())));
    response.getOutputStream().write(pdf);
  }
}
