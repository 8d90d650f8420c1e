package com.complaintdesk.api;

import java.io.IOException;

/** Thrown while reading a body that turns out longer than the limit (chunked requests carry no length). */
public class RequestBodyTooLargeException extends IOException {

  public RequestBodyTooLargeException(long maxBytes) {
    super("The request body must be at most " + maxBytes + " bytes");
  }
}
