package com.complaintdesk.notification;

/** The one way out: every message to a customer or an agent. Throws on a technical failure so the calling job retries. */
public interface NotificationPort {

  void send(OutboundMessage message);
}
