package com.complaintdesk.tasklist;

import com.complaintdesk.complaint.EscalationReason;

/** "Why this level" as an agent reads it in the level form, with the regulator's part when there is one. */
final class LevelReasonWords {

  static final String REGULATORY = "Forwarded by a regulator or consumer body";

  private LevelReasonWords() {}

  static String of(String levelReason, boolean regulatory) {
    String why = levelReason == null ? "Not recorded" : switch (EscalationReason.valueOf(levelReason)) {
      case TRIAGE -> regulatory ? REGULATORY + ": triage starts such complaints here"
          : "Triage started the complaint at this level";
      case DEADLINE_PASSED -> "The previous level's deadline passed";
      case CUSTOMER_REQUESTED_SUPERVISOR -> "The customer asked for a supervisor";
      case CUSTOMER_SELF_ESCALATED -> "The customer escalated the complaint over our heads";
      case REFER_TO_EXPERT -> "The front line referred it to an expert";
      case REFER_TO_SUPERVISOR -> "The previous level referred it to a supervisor";
      case REFER_TO_EXECUTIVE_OFFICE -> "The supervisor referred it to the executive office";
      case REFERRED -> "The previous level referred it";
    };
    return regulatory && !why.startsWith(REGULATORY) ? why + ". " + REGULATORY + "." : why + ".";
  }
}
