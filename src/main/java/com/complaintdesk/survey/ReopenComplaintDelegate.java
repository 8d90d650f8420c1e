package com.complaintdesk.survey;

import com.complaintdesk.complaint.ComplaintLifecycle;
import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A dissatisfied customer reopens the complaint for a supervisor, and hears at once by when. */
@Component("reopenComplaint")
public class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintLifecycle lifecycle;
  private final SurveyService surveys;

  public ReopenComplaintDelegate(ComplaintLifecycle lifecycle, SurveyService surveys) {
    this.lifecycle = lifecycle;
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ProcessVariables.complaintId(execution);
    lifecycle.reopen(complaintId);
    surveys.apologiseForLowScore(complaintId);
  }
}
