package com.complaintdesk.investigation;

import com.complaintdesk.config.Variables;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("investigateComplaint")
public class InvestigateComplaintDelegate implements JavaDelegate {

  private final InvestigationService investigations;

  public InvestigateComplaintDelegate(InvestigationService investigations) {
    this.investigations = investigations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvestigationReport report = investigations.investigate(Variables.requiredString(execution, "complaintId"));
    execution.setVariable("orderFound", report.orderFound());
    execution.setVariable("orderValue", report.orderValue().doubleValue());
    execution.setVariable("customerTier", report.customerTier());
    execution.setVariable("recurring", report.recurring());
    execution.setVariable("priorComplaintCount", report.priorComplaints().size());
    execution.setVariable("investigationSummary", report.summary());
    execution.setVariable("priorComplaintsSummary", report.priorComplaints().stream()
        .map(p -> p.complaintId() + " " + p.category() + (p.sameProduct() ? " (same product)" : "")
            + (p.sameCustomer() ? " (same customer)" : "") + " " + p.status())
        .collect(Collectors.joining("\n")));
  }
}
