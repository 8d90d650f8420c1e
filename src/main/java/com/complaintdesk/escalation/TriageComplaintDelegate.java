package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ComplaintLifecycle;
import com.complaintdesk.config.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluates DMN {@code complaint-triage} with what intake and investigation found. */
@Component("triageComplaint")
public class TriageComplaintDelegate implements JavaDelegate {

  private final TriageService triage;
  private final ComplaintLifecycle lifecycle;

  public TriageComplaintDelegate(TriageService triage, ComplaintLifecycle lifecycle) {
    this.triage = triage;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Triage result = triage.triage(Variables.requiredString(execution, "category"),
        Variables.requiredString(execution, "severity"), Variables.string(execution, "customerTier"),
        Variables.bool(execution, "recurring"), Variables.bool(execution, "regulatory"));
    lifecycle.setPriority(Variables.requiredString(execution, "complaintId"), result.priority());
    execution.setVariable("priority", result.priority());
    execution.setVariable("startLevel", result.startLevel());
    execution.setVariable("informSupervisor", result.informSupervisor());
    execution.setVariable(EnterLevelDelegate.REASON_VARIABLE, "TRIAGE");
  }
}
