package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Around the business rule task that evaluates DMN {@code complaint-triage}: on start it hands the table its
 * inputs (transient: the decision history keeps them, the process does not), on end it applies the answer. Models
 * released before (complaint-resolution 1.0.0) call it as the task's delegate, which evaluates the table itself.
 */
@Component("triageComplaint")
public class TriageComplaintDelegate implements ExecutionListener, JavaDelegate {

  /** where Camunda leaves a business rule task's answer (transient, for its end listeners) */
  static final String DECISION_RESULT = "decisionResult";

  private final TriageService triage;

  public TriageComplaintDelegate(TriageService triage) {
    this.triage = triage;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String complaintId = ProcessVariables.complaintId(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      triage.inputs(complaintId).forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
      return;
    }
    DmnDecisionResult answer = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
    set(execution, triage.apply(complaintId, answer == null ? null : answer.getSingleResult()));
  }

  @Override
  public void execute(DelegateExecution execution) {
    set(execution, triage.triageComplaint(ProcessVariables.complaintId(execution)));
  }

  private static void set(DelegateExecution execution, Triage result) {
    execution.setVariable(ProcessVariables.START_LEVEL, result.startLevel());
    execution.setVariable(ProcessVariables.INFORM_SUPERVISOR, result.informSupervisor());
    execution.setVariable(ProcessVariables.ESCALATION_REASON, result.reason().name());
  }
}
