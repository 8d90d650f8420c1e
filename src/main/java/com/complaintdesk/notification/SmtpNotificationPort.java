package com.complaintdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A letter as e-mail: its plain text, and its HTML as the alternative when it has one (the templates escape every
 * word a customer or agent wrote, so no customer text becomes markup). An address that JavaMail cannot parse or
 * the server refuses is an {@link UndeliverableAddressException} (no retry helps); a server that cannot be reached
 * is a plain failure, which the relay retries.
 */
public class SmtpNotificationPort implements NotificationPort {

  private final JavaMailSender mailSender;
  private final String from;

  public SmtpNotificationPort(JavaMailSender mailSender, String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  @Override
  public void send(OutboundMessage message) {
    MimeMessage mail = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mail, message.html() != null, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(message.recipient());
      helper.setSubject(message.subject());
      if (message.html() != null) {
        helper.setText(message.body(), message.html());
      } else {
        helper.setText(message.body());
      }
    } catch (AddressException badAddress) {
      throw new UndeliverableAddressException("the address cannot be written in an e-mail", false, badAddress);
    } catch (MessagingException unwritable) {
      throw new MailParseException(unwritable);
    }
    try {
      mailSender.send(mail);
    } catch (MailParseException badAddress) {
      throw new UndeliverableAddressException("the address cannot be written in an e-mail", false, badAddress);
    } catch (MailSendException failed) {
      if (refusedRecipient(failed)) {
        throw new UndeliverableAddressException("the mail server refused the address", true, failed);
      }
      throw failed;
    }
  }

  static boolean refusedRecipient(MailSendException failed) {
    for (Exception cause : failed.getMessageExceptions()) {
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof AddressException
            || t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
