package com.complaintdesk.survey;

import com.complaintdesk.complaint.ComplaintLifecycle;
import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the complaint with input parameter {@code closeReason}; an unanswered survey link stops working. */
@Component("closeComplaint")
public class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintLifecycle lifecycle;
  private final SurveyService surveys;

  public CloseComplaintDelegate(ComplaintLifecycle lifecycle, SurveyService surveys) {
    this.lifecycle = lifecycle;
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ProcessVariables.complaintId(execution);
    surveys.expire(complaintId);
    lifecycle.close(complaintId, ProcessVariables.requiredString(execution, ProcessVariables.CLOSE_REASON));
  }
}
