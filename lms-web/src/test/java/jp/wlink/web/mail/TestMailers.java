package jp.wlink.web.mail;

import java.time.Clock;
import java.util.Optional;

/** Mailers for tests in other packages, sending to a local SMTP server such as GreenMail. */
public final class TestMailers {
  private TestMailers() {}

  public static Mailer toLocalSmtp(int port) {
    Mailer mailer = new Mailer();
    mailer.host = Optional.of("127.0.0.1");
    mailer.port = port;
    mailer.user = Optional.empty();
    mailer.password = Optional.empty();
    mailer.from = "W/LINK <no-reply@wlink.example>";
    mailer.clock = Clock.systemUTC();
    mailer.configure();
    return mailer;
  }
}
