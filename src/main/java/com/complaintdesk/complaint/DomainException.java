package com.complaintdesk.complaint;

/**
 * A refusal the caller can act on: the API answers it with a problem document (404 for
 * {@link NotFoundException}, 409 for {@link ConflictException}) and logs it in one line, not as an error.
 */
public abstract class DomainException extends RuntimeException {

  private final String title;

  protected DomainException(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
