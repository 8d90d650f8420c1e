package com.complaintdesk.complaint;

public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  IN_RESOLUTION,
  AWAITING_CUSTOMER,
  RESOLVED,
  AWAITING_FEEDBACK,
  REOPENED,
  CLOSED;

  public boolean isClosed() {
    return this == CLOSED;
  }
}
