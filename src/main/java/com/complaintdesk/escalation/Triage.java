package com.complaintdesk.escalation;

/** The triage decision: how urgent a complaint is, at which level it starts and why. */
public record Triage(String priority, int startLevel, boolean informSupervisor, String reason) {

  public static final String BY_TRIAGE = "TRIAGE";
  public static final String CUSTOMER_REQUESTED_SUPERVISOR = "CUSTOMER_REQUESTED_SUPERVISOR";

  public Triage atLeast(int level, String why) {
    return startLevel >= level ? this : new Triage(priority, level, informSupervisor, why);
  }
}
