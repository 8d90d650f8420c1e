package com.complaintdesk.escalation;

/** What an alert says: a level's deadline is near, or it passed; or a message could not reach the customer. */
public enum AlertKind {
  REMINDER,
  BREACH,
  UNDELIVERABLE
}
