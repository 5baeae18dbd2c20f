package jp.wlink.web.journey;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail W/LINK sent to one address, as caught by GreenMail. */
final class Inbox {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

  private final GreenMail mail;
  private final String address;

  Inbox(GreenMail mail, String address) {
    this.mail = mail;
    this.address = address;
  }

  /** The text of the newest mail whose subject contains the given words, waiting for it. */
  String awaitMail(String subjectPart) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<String> found = newest(subjectPart);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No mail to " + address + " about '" + subjectPart + "'");
  }

  /** The token link in the newest mail whose subject contains the given words. */
  String awaitLink(String subjectPart) throws Exception {
    Matcher link = LINK.matcher(awaitMail(subjectPart));
    if (!link.find()) {
      throw new AssertionError("The mail about '" + subjectPart + "' has no link");
    }
    return link.group();
  }

  private Optional<String> newest(String subjectPart) throws MessagingException, IOException {
    MimeMessage[] all = mail.getReceivedMessages();
    for (MimeMessage message : reversed(all)) {
      boolean toAddress =
          Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
      if (toAddress && message.getSubject().contains(subjectPart)) {
        return Optional.of(message.getContent().toString());
      }
    }
    return Optional.empty();
  }

  private static MimeMessage[] reversed(MimeMessage[] messages) {
    MimeMessage[] copy = new MimeMessage[messages.length];
    for (int i = 0; i < messages.length; i++) {
      copy[i] = messages[messages.length - 1 - i];
    }
    return copy;
  }
}
