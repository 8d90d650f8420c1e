package com.complaintdesk.notification;

import com.complaintdesk.config.ComplaintDeskProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
class NotificationConfiguration {

  /** Spring Boot creates a mail sender only when {@code spring.mail.host} is set. */
  @Bean
  NotificationPort customerNotifier(
      ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, ComplaintDeskProperties properties) {
    JavaMailSender sender = mailSender.getIfAvailable();
    return sender != null
        ? new SmtpNotificationPort(sender, properties.senderAddress())
        : new OutboxNotificationPort(jdbc);
  }
}
