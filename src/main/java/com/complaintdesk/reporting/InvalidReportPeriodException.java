package com.complaintdesk.reporting;

import com.complaintdesk.complaint.DomainException;

/** A report period the caller wrote wrongly: answered 400 with the reason. */
public class InvalidReportPeriodException extends DomainException {

  public InvalidReportPeriodException(String detail) {
    super("Invalid report period", detail);
  }
}
