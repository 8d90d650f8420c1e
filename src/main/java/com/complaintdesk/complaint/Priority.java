package com.complaintdesk.complaint;

/** The priorities DMN {@code complaint-triage} gives, least urgent first: the rank sorts complaints by urgency. */
public enum Priority {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public int rank() {
    return ordinal() + 1;
  }

  /** A priority as stored, or null for none (before triage). */
  public static Priority of(String priority) {
    return priority == null ? null : valueOf(priority);
  }

  /** The rank of a priority as stored, or null for none (before triage) or one this enum does not know. */
  public static Integer rankOf(String priority) {
    for (Priority p : values()) {
      if (p.name().equals(priority)) {
        return p.rank();
      }
    }
    return null;
  }
}
