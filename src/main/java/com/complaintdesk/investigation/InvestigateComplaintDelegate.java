package com.complaintdesk.investigation;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The findings stay in the investigation record; the process needs only whether the problem recurs. */
@Component("investigateComplaint")
public class InvestigateComplaintDelegate implements JavaDelegate {

  private final InvestigationService investigations;

  public InvestigateComplaintDelegate(InvestigationService investigations) {
    this.investigations = investigations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvestigationReport report = investigations.investigate(ProcessVariables.complaintId(execution));
    execution.setVariable(ProcessVariables.RECURRING, report.recurring());
  }
}
