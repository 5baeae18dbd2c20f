package jp.wlink.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends W/LINK's mail through the SMTP server named by {@code wlink.smtp.host}. Without one (the
 * local demo), a mail's link is written to the server log at INFO instead: the only place a link
 * with a token is ever logged. Failures are reported, never thrown, so that whatever the mail is
 * about stays saved.
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "wlink.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "wlink.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "wlink.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "wlink.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "wlink.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "wlink.mail.from", defaultValue = "W/LINK <no-reply@wlink.example>")
  String from;

  @Inject Clock clock;

  private Optional<SmtpSender> sender;

  @PostConstruct
  void configure() {
    sender =
        host.map(String::strip)
            .filter(name -> !name.isEmpty())
            .map(name -> new MailSettings(name, port, user, password, starttls, from))
            .map(settings -> new SmtpSender(settings, clock));
  }

  /** Whether mail really leaves this server; otherwise links go to the server log. */
  public boolean isConfigured() {
    return sender.isPresent();
  }

  public Delivery send(OutgoingMail mail) {
    if (sender.isEmpty()) {
      LOG.info(() -> "No SMTP server configured: " + unsent(mail));
      return Delivery.LOGGED;
    }
    try {
      sender.get().send(mail);
      LOG.fine(() -> "Sent mail for account " + mail.accountId());
      return Delivery.SENT;
    } catch (SendFailedException refused) {
      // Its message lists the refused addresses, which must not reach the log.
      LOG.warning(() -> "The SMTP server refused the mail for account " + mail.accountId());
      return Delivery.FAILED;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, e, () -> "Could not send mail for account " + mail.accountId());
      return Delivery.FAILED;
    }
  }

  private static String unsent(OutgoingMail mail) {
    String unsent =
        "the mail \"" + mail.subject() + "\" for account " + mail.accountId() + " was not sent";
    return mail.optionalLink().map(link -> unsent + "; its link is " + link).orElse(unsent);
  }
}
