package com.complaintdesk.intake;

import com.complaintdesk.complaint.ConflictException;

public class IdempotencyConflictException extends ConflictException {

  public IdempotencyConflictException(String key, String existingComplaintId) {
    super("Idempotency-Key reused", "Idempotency-Key '" + key + "' was already used by you for complaint "
        + existingComplaintId + " with a different request body");
  }
}
