package com.complaintdesk.escalation;

import java.time.Instant;

/** A deadline alert raised for a complaint: which level's deadline, when it was due, when the alert went out. */
public record ComplaintAlert(AlertKind kind, int level, Instant dueAt, Instant raisedAt) {}
