package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluates DMN {@code complaint-triage} with what intake and investigation found. */
@Component("triageComplaint")
public class TriageComplaintDelegate implements JavaDelegate {

  private final TriageService triage;

  public TriageComplaintDelegate(TriageService triage) {
    this.triage = triage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Triage result = triage.triageComplaint(ProcessVariables.complaintId(execution));
    execution.setVariable(ProcessVariables.START_LEVEL, result.startLevel());
    execution.setVariable(ProcessVariables.INFORM_SUPERVISOR, result.informSupervisor());
    execution.setVariable(ProcessVariables.ESCALATION_REASON, result.reason());
  }
}
