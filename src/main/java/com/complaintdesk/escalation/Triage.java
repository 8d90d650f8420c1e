package com.complaintdesk.escalation;

/** The triage decision: how urgent a complaint is and at which level it starts. */
public record Triage(String priority, int startLevel, boolean informSupervisor) {}
