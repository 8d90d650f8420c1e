package com.complaintdesk.survey;

import com.complaintdesk.complaint.ConflictException;

public class SurveyClosedException extends ConflictException {

  public SurveyClosedException(String detail) {
    super("Survey already closed", detail);
  }
}
