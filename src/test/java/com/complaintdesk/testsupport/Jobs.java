package com.complaintdesk.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** How every test drives the engine's jobs while the job executor is off: it executes them itself. */
public final class Jobs {

  private Jobs() {}

  /**
   * Executes every due job (asynchronous continuations and due timers) until none is left. A job that an earlier
   * one removed (a boundary timer of a task that just ended) is skipped.
   */
  public static void runDue(ManagementService managementService) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        if (managementService.createJobQuery().jobId(job.getId()).count() == 1) {
          managementService.executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("jobs did not settle");
  }
}
