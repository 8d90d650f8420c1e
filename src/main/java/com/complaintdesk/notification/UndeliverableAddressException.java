package com.complaintdesk.notification;

/**
 * The mail transport refuses the recipient's address for good: retrying the same message cannot help.
 * {@code refusedByServer}: the server refused it; otherwise the address cannot even be written in an e-mail.
 */
public class UndeliverableAddressException extends RuntimeException {

  private final boolean refusedByServer;

  public UndeliverableAddressException(String message, boolean refusedByServer, Throwable cause) {
    super(message, cause);
    this.refusedByServer = refusedByServer;
  }

  public boolean refusedByServer() {
    return refusedByServer;
  }
}
