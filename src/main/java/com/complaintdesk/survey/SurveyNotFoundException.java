package com.complaintdesk.survey;

import com.complaintdesk.complaint.NotFoundException;

public class SurveyNotFoundException extends NotFoundException {

  public SurveyNotFoundException() {
    super("Unknown survey", "No survey for this link");
  }
}
