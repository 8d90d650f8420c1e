package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ConflictException;

public class EventDoesNotFitException extends ConflictException {

  public EventDoesNotFitException(String detail) {
    super("Event does not fit the complaint's state", detail);
  }
}
