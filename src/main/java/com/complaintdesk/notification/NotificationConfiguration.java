package com.complaintdesk.notification;

import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.config.ComplaintDeskProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
class NotificationConfiguration {

  /** The desk's steps write every message to the outbox, in their own transaction. */
  @Bean
  NotificationPort customerNotifier(OutboxRepository outbox) {
    return new OutboxNotificationPort(outbox);
  }

  /** With {@code spring.mail.host} set (Spring Boot's condition for its mail sender), the outbox is relayed by SMTP. */
  @Bean
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  OutboxRelay outboxRelay(JavaMailSender mailSender, ComplaintDeskProperties properties, OutboxRepository outbox,
      RuntimeService runtimeService, ComplaintRepository complaints, ApplicationEventPublisher events,
      TransactionTemplate transaction, @Value("${complaints.mail.incident-after-attempts:5}") int incidentAfter) {
    return new OutboxRelay(outbox, new SmtpNotificationPort(mailSender, properties.senderAddress()),
        new DeliveryIncidents(runtimeService, complaints), events, transaction, incidentAfter);
  }
}
