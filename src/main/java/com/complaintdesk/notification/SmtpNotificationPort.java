package com.complaintdesk.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Plain-text e-mail: customer text is never interpreted as markup. */
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
    mailSender.send(mail);
  }
}
