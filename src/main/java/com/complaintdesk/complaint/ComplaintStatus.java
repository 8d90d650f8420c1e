package com.complaintdesk.complaint;

public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  IN_RESOLUTION,
  AWAITING_CUSTOMER,
  RESOLVED,
  /** a level decided that the complaint is not justified, and told the customer why and where to turn next */
  NOT_UPHELD,
  AWAITING_FEEDBACK,
  REOPENED,
  CLOSED,
  /** an administrator deleted its process instance */
  CANCELLED;

  public boolean isClosed() {
    return this == CLOSED || this == CANCELLED;
  }
}
