package com.complaintdesk.decision;

import com.complaintdesk.complaint.PlainFailure;

/**
 * A table gave an answer the code cannot use. The message is the incident ops read in Cockpit and names the
 * table, its version, the question and the bad value: "escalation-matrix v4: deadline '4 hours' for MEDIUM
 * level 1 is not an ISO-8601 duration".
 */
public class PolicyTableException extends RuntimeException implements PlainFailure {

  public PolicyTableException(String message) {
    super(message);
  }
}
