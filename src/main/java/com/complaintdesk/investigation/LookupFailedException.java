package com.complaintdesk.investigation;

import com.complaintdesk.complaint.PlainFailure;

/** A system the investigation asks (CRM, ERP) did not answer; the job retries and ends as an incident. */
public class LookupFailedException extends RuntimeException implements PlainFailure {

  public LookupFailedException(String system, Throwable cause) {
    super("Investigation lookup failed: " + system + " " + PlainFailure.describe(cause), cause);
  }
}
