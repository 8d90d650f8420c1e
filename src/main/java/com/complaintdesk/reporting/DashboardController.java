package com.complaintdesk.reporting;

import com.complaintdesk.complaint.EngineClock;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The lead's dashboard: a static page (static/dashboard/) drawing the KPI report and this endpoint's data. */
@Controller
public class DashboardController {

  private final DashboardService dashboards;
  private final EngineClock clock;

  public DashboardController(DashboardService dashboards, EngineClock clock) {
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping({"/dashboard", "/dashboard/"})
  public String page() {
    return "forward:/dashboard/index.html";
  }

  /** Breaches and satisfaction by day in the period (default the last 30 days), and what is overdue now. */
  @GetMapping("/api/reports/dashboard")
  @ResponseBody
  public Dashboard data(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    // the engine's time, as the complaint view and the list judge overdue
    Instant now = clock.now();
    return dashboards.dashboard(ReportPeriod.parse(from, to, now), now);
  }
}
