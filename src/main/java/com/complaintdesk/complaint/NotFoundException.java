package com.complaintdesk.complaint;

/** What was asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends DomainException {

  public NotFoundException(String title, String detail) {
    super(title, detail);
  }
}
