package com.complaintdesk.notification;

import com.complaintdesk.complaint.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Used when no SMTP host is configured: messages wait in the outbox table for another system to send. */
public class OutboxNotificationPort implements NotificationPort {

  private final JdbcClient jdbc;

  public OutboxNotificationPort(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void send(OutboundMessage message) {
    jdbc.sql("INSERT INTO outbox_message (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
        .params(message.recipient(), message.subject(), message.body(), Timestamp.from(EngineClock.instant()))
        .update();
  }
}
