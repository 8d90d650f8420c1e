package com.complaintdesk.notification;

/** The one way out: every message to a customer or an agent. */
public interface NotificationPort {

  void send(OutboundMessage message);
}
