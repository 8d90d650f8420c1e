package com.complaintdesk.complaint;

/** The content is of a kind the desk does not take (a file that is not an image, a PDF or text): a {@code 415}. */
public class UnsupportedContentException extends DomainException {

  public UnsupportedContentException(String title, String detail) {
    super(title, detail);
  }
}
