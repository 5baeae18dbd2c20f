package jp.wlink.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailerTest {
  private static final Logger MAILER_LOG = Logger.getLogger(Mailer.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLog() {
    MAILER_LOG.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    MAILER_LOG.removeHandler(capture);
  }

  @Test
  void withoutSmtpHostWritesTheLinkToTheLogAtInfo() {
    Mailer mailer = mailer(Optional.empty(), 25);

    Delivery delivery = mailer.send(mail());

    assertThat(mailer.isConfigured()).isFalse();
    assertThat(delivery).isEqualTo(Delivery.LOGGED);
    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.INFO);
              assertThat(record.getMessage())
                  .contains(
                      "No SMTP server configured", "account 42", "https://w.example/v?token=T0k")
                  .doesNotContain("taro@example.jp");
            });
  }

  @Test
  void aBlankSmtpHostCountsAsNone() {
    assertThat(mailer(Optional.of("  "), 25).isConfigured()).isFalse();
  }

  @Test
  void anUnreachableServerIsReportedAsFailedWithoutTheAddressInTheLog() throws IOException {
    Mailer mailer = mailer(Optional.of("127.0.0.1"), closedPort());

    Delivery delivery = mailer.send(mail());

    assertThat(delivery).isEqualTo(Delivery.FAILED);
    assertThat(logged)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.WARNING);
              assertThat(record.getMessage())
                  .contains("account 42")
                  .doesNotContain("taro@example.jp");
            });
  }

  private static Mailer mailer(Optional<String> host, int port) {
    Mailer mailer = new Mailer();
    mailer.host = host;
    mailer.port = port;
    mailer.user = Optional.empty();
    mailer.password = Optional.empty();
    mailer.from = "W/LINK <no-reply@wlink.example>";
    mailer.clock = Clock.systemUTC();
    mailer.configure();
    return mailer;
  }

  private static OutgoingMail mail() {
    return new OutgoingMail(
        42, "taro@example.jp", "【W/LINK】確認", "本文", "https://w.example/v?token=T0k");
  }

  /** A port that nothing listens on: taken from the system, then released. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
