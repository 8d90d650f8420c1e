package com.complaintdesk.escalation;

/** Published when a deadline alert is recorded for a complaint. */
public record AlertRaised(String complaintId, AlertKind kind, int level) {}
