package com.complaintdesk.intake;

import com.complaintdesk.complaint.ProcessVariables;
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
    acknowledgements.acknowledge(ProcessVariables.complaintId(execution));
  }
}
