package com.complaintdesk.notification;

/** The mail transport refuses the recipient's address for good: retrying the same message cannot help. */
public class UndeliverableAddressException extends RuntimeException {

  public UndeliverableAddressException(String message, Throwable cause) {
    super(message, cause);
  }
}
