package com.complaintdesk.intake;

import com.complaintdesk.complaint.Complaint;

/** {@code replayed}: an earlier request with the same Idempotency-Key created this complaint. */
public record IntakeResult(Complaint complaint, boolean replayed) {}
