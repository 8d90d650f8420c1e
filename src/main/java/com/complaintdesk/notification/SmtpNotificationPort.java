package com.complaintdesk.notification;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Plain-text e-mail: customer text is never interpreted as markup. An address that JavaMail cannot parse or the
 * server refuses is an {@link UndeliverableAddressException} (no retry helps); a server that cannot be reached
 * is a plain failure, which the calling job retries.
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
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(from);
    mail.setTo(message.recipient());
    mail.setSubject(message.subject());
    mail.setText(message.body());
    try {
      mailSender.send(mail);
    } catch (MailParseException badAddress) {
      throw new UndeliverableAddressException("the address cannot be written in an e-mail", badAddress);
    } catch (MailSendException failed) {
      if (refusedRecipient(failed)) {
        throw new UndeliverableAddressException("the mail server refused the address", failed);
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
