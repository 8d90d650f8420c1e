package com.complaintdesk.escalation;

import com.complaintdesk.config.Variables;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the agent's question and stops the level's clock, keeping the time it had left. */
@Component("askCustomerForInformation")
public class AskCustomerForInformationDelegate implements JavaDelegate {

  private final EscalationService escalation;

  public AskCustomerForInformationDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Duration remaining = escalation.pauseForCustomer(Variables.requiredString(execution, "complaintId"),
        Variables.instant(execution, "levelDueAt"), Variables.requiredString(execution, "informationRequest"));
    execution.setVariable("levelTimeLeftMillis", remaining.toMillis());
    execution.removeVariable("outcome");
  }
}
