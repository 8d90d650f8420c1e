package com.complaintdesk.complaint;

/** The request is well-formed but does not fit the current state; nothing was changed. */
public class ConflictException extends DomainException {

  public ConflictException(String title, String detail) {
    super(title, detail);
  }
}
