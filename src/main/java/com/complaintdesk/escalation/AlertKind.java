package com.complaintdesk.escalation;

/** What a deadline alert says: the deadline is near, or it passed. */
public enum AlertKind {
  REMINDER,
  BREACH
}
