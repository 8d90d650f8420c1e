package com.complaintdesk.reporting;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {

  private final EscalationReportService escalations;

  public ReportController(EscalationReportService escalations) {
    this.escalations = escalations;
  }

  /** Escalation levels reached, with level 4 (the executive office) reported separately. */
  @GetMapping("/api/reports/escalations")
  public EscalationReport escalations() {
    return escalations.report();
  }
}
