package com.complaintdesk.complaint;

/**
 * Why a complaint entered its level: what the escalation path records for each level and tells the customer.
 * The BPMN sets these names as the {@code escalationReason} variable; a test checks every name in the models.
 */
public enum EscalationReason {
  /** the complaint-triage table chose the starting level */
  TRIAGE,
  /** the previous level's deadline passed */
  DEADLINE_PASSED,
  CUSTOMER_REQUESTED_SUPERVISOR,
  CUSTOMER_SELF_ESCALATED,
  /** the previous level referred it (the level task's outcome) */
  REFER_TO_EXPERT,
  REFER_TO_SUPERVISOR,
  REFER_TO_EXECUTIVE_OFFICE,
  /** a referral whose outcome a model released before 2.0.0 did not keep */
  REFERRED;

  /** The reason the process gives, or the referral's outcome when it gives none. */
  public static EscalationReason of(String reason, String outcome) {
    if (reason != null) {
      return valueOf(reason);
    }
    return outcome == null ? REFERRED : valueOf(outcome);
  }
}
