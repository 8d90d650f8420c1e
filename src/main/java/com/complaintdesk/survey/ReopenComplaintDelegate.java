package com.complaintdesk.survey;

import com.complaintdesk.complaint.ComplaintLifecycle;
import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A dissatisfied customer reopens the complaint for a supervisor. */
@Component("reopenComplaint")
public class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintLifecycle lifecycle;

  public ReopenComplaintDelegate(ComplaintLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.reopen(ProcessVariables.complaintId(execution));
  }
}
