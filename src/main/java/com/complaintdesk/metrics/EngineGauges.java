package com.complaintdesk.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The job executor's backlog and what needs operations: counts read at most every 5 s. */
@Component
public class EngineGauges {

  public EngineGauges(MeterRegistry registry, ManagementService management, RuntimeService runtime) {
    gauge(registry, "camunda.jobs.executable", "Jobs due and ready to run (the job executor's backlog)",
        () -> management.createJobQuery().executable().count());
    gauge(registry, "camunda.jobs.failed", "Jobs with no retries left (each has an incident)",
        () -> management.createJobQuery().noRetriesLeft().count());
    gauge(registry, "camunda.incidents.open", "Open incidents",
        () -> runtime.createIncidentQuery().count());
  }

  private static void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
    Supplier<Long> cached = ScrapeCache.of(count);
    Gauge.builder(name, cached::get).description(description).register(registry);
  }
}
