package com.complaintdesk.reporting;

import com.complaintdesk.complaint.EngineClock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {

  private final EscalationReportService escalations;

  public ReportController(EscalationReportService escalations) {
    this.escalations = escalations;
  }

  /**
   * KPIs of the complaints received in a period (ISO dates or instants; default the last 30 days): levels
   * reached, level 4 on its own, resolutions, breaches, time to resolution, satisfaction, top issues.
   */
  @GetMapping("/api/reports/escalations")
  public EscalationReport escalations(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return escalations.report(ReportPeriod.parse(from, to, EngineClock.instant()));
  }
}
