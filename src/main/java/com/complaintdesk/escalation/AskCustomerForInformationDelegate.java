package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the agent's question (stored with their decision) and stops the level's clock, keeping the time left. */
@Component("askCustomerForInformation")
public class AskCustomerForInformationDelegate implements JavaDelegate {

  private final EscalationService escalation;

  public AskCustomerForInformationDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Duration remaining = escalation.pauseForCustomer(ProcessVariables.complaintId(execution),
        ProcessVariables.levelDueAt(execution), ProcessVariables.decisionId(execution));
    execution.setVariable(ProcessVariables.LEVEL_TIME_LEFT_MILLIS, remaining.toMillis());
    execution.removeVariable(ProcessVariables.OUTCOME);
    execution.removeVariable(ProcessVariables.DECISION_ID);
  }
}
