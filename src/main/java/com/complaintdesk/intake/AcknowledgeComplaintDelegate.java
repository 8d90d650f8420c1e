package com.complaintdesk.intake;

import com.complaintdesk.config.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("acknowledgeComplaint")
public class AcknowledgeComplaintDelegate implements JavaDelegate {

  private final AcknowledgementService acknowledgements;

  public AcknowledgeComplaintDelegate(AcknowledgementService acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var promisedBy = acknowledgements.acknowledge(Variables.requiredString(execution, "complaintId"));
    execution.setVariable("firstAnswerPromisedBy", Date.from(promisedBy));
  }
}
