package com.complaintdesk.intake;

public class IdempotencyConflictException extends RuntimeException {

  public IdempotencyConflictException(String key, String existingComplaintId) {
    super("Idempotency-Key '" + key + "' was already used for complaint " + existingComplaintId
        + " with a different request body");
  }
}
