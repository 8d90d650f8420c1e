package com.complaintdesk.notification;

import com.complaintdesk.complaint.EngineClock;

/**
 * Every message goes to the outbox table in the transaction of the step that sends it: it is written exactly when
 * that step commits, and a step that is retried or rolled back sends nothing twice. {@link OutboxRelay} delivers
 * it when an SMTP host is configured; otherwise another system sends what waits there.
 */
public class OutboxNotificationPort implements NotificationPort {

  private final OutboxRepository outbox;

  public OutboxNotificationPort(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  @Override
  public void send(OutboundMessage message) {
    outbox.add(message, EngineClock.instant());
  }
}
