package com.complaintdesk.complaint;

/** Something sent is larger than its limit (a file, a complaint's files together): a {@code 413}, nothing stored. */
public class TooLargeException extends DomainException {

  public TooLargeException(String title, String detail) {
    super(title, detail);
  }
}
