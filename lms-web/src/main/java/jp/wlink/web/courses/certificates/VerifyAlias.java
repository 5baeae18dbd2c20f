package jp.wlink.web.courses.certificates;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short address printed on certificates, {@code /certificates/verify?code=…}: shows the
 * verification page with the same query.
 */
@WebServlet(name = "certificateVerifyAlias", urlPatterns = CertificateSheets.VERIFY_PATH)
public class VerifyAlias extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.getRequestDispatcher("/certificates/verify.xhtml").forward(request, response);
  }
}
