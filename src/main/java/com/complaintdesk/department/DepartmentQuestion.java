package com.complaintdesk.department;

import java.time.Instant;

/**
 * A level's question to a department, and its answer. {@code status}: PENDING until the department answers
 * (ANSWERED) or its time runs out (NOT_ANSWERED).
 */
public record DepartmentQuestion(long id, String complaintId, int level, String department, String question,
    String askedBy, Instant askedAt, Instant dueAt, String status, String answer, String answeredBy,
    Instant answeredAt) {

  public static final String PENDING = "PENDING";
  public static final String ANSWERED = "ANSWERED";
  public static final String NOT_ANSWERED = "NOT_ANSWERED";

  public boolean pending() {
    return PENDING.equals(status);
  }
}
