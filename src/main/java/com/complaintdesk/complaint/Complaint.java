package com.complaintdesk.complaint;

import java.time.Instant;

/** One row of the complaint table. */
public record Complaint(
    String id,
    String processInstanceId,
    String customerId,
    String customerName,
    String customerEmail,
    String orderId,
    String productSku,
    Category category,
    Channel channel,
    Severity severity,
    boolean regulatory,
    String description,
    ComplaintStatus status,
    Priority priority,
    Integer level,
    String levelReason,
    Instant levelDueAt,
    String idempotencyKey,
    String requestHash,
    String createdBy,
    Instant createdAt,
    Instant answerPromisedBy,
    Instant closedAt,
    String closeReason,
    String cancelledBy,
    String cancelReason,
    String language,
    /* how to reach a caller who has no e-mail address (then customerEmail is null); else optional */
    String customerPhone) {

  /** The customer's name, or null when they gave none: a letter then greets them neutrally. */
  public String nameOrNull() {
    return customerName == null || customerName.isBlank() ? null : customerName;
  }
}
