package com.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import static org.mockito.Mockito.when;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Which mail failures no retry can help (the address) and which a retry may (the server). */
class SmtpNotificationPortTest {

  final JavaMailSender sender = mock(JavaMailSender.class);
  final SmtpNotificationPort port = new SmtpNotificationPort(sender, "complaints@example.com");
  final OutboundMessage message = new OutboundMessage("C-1", "ACKNOWLEDGEMENT", "dana@example.com", "Subject", "Body");

  @BeforeEach
  void mimeMessages() {
    when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage((jakarta.mail.Session) null));
  }

  @Test
  void aRecipientTheServerRefusesIsUndeliverable() throws Exception {
    SendFailedException refused = new SendFailedException("Invalid Addresses", null, new jakarta.mail.Address[0],
        new jakarta.mail.Address[0], new jakarta.mail.Address[] {new InternetAddress("dana@example.com")});
    doThrow(new MailSendException(Map.of(new Object(), refused))).when(sender).send(any(MimeMessage.class));

    assertThatThrownBy(() -> port.send(message)).isInstanceOf(UndeliverableAddressException.class);
  }

  @Test
  void aServerThatCannotBeReachedIsAFailureToRetry() {
    MessagingException down = new MessagingException("Couldn't connect to host", new ConnectException("refused"));
    doThrow(new MailSendException(Map.of(new Object(), down))).when(sender).send(any(MimeMessage.class));

    assertThatThrownBy(() -> port.send(message)).isInstanceOf(MailSendException.class)
        .isNotInstanceOf(UndeliverableAddressException.class);
  }
}
