package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.Priority;

/** The triage decision: how urgent a complaint is, at which level it starts and why. */
public record Triage(Priority priority, int startLevel, boolean informSupervisor, EscalationReason reason) {

  public Triage atLeast(int level, EscalationReason why) {
    return startLevel >= level ? this : new Triage(priority, level, informSupervisor, why);
  }
}
