package com.complaintdesk.escalation;

/** What a customer can do on their own, and the BPMN message each becomes. */
public enum CustomerEventType {
  CUSTOMER_REQUESTS_SUPERVISOR(CustomerMessages.SUPERVISOR_REQUESTED),
  CUSTOMER_SELF_ESCALATED(CustomerMessages.SELF_ESCALATED),
  CUSTOMER_REPLIED(CustomerMessages.REPLIED);

  private final String message;

  CustomerEventType(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
