package com.complaintdesk.complaint;

public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  IN_RESOLUTION,
  AWAITING_CUSTOMER,
  RESOLVED,
  AWAITING_FEEDBACK,
  REOPENED,
  CLOSED,
  /** an administrator deleted its process instance */
  CANCELLED;

  public boolean isClosed() {
    return this == CLOSED || this == CANCELLED;
  }
}
