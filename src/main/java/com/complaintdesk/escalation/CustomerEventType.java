package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EngineKeys;

/** What a customer can do on their own, and the BPMN message each becomes. */
public enum CustomerEventType {
  CUSTOMER_REQUESTS_SUPERVISOR(EngineKeys.MESSAGE_SUPERVISOR_REQUESTED),
  CUSTOMER_SELF_ESCALATED(EngineKeys.MESSAGE_SELF_ESCALATED),
  CUSTOMER_REPLIED(EngineKeys.MESSAGE_CUSTOMER_REPLIED);

  private final String message;

  CustomerEventType(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
