package com.complaintdesk.identity;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether a task was completed: asked when a completion finds no open task, or fails, to tell a second click
 * (a 409) from a task that never was the caller's. Task ids are random, so the answer reveals nothing worth hiding.
 */
@Component
public class CompletedTasks {

  private final IdentityService identityService;
  private final HistoryService historyService;

  public CompletedTasks(IdentityService identityService, HistoryService historyService) {
    this.identityService = identityService;
    this.historyService = historyService;
  }

  public boolean completed(String taskId) {
    return AsUser.system(identityService,
        () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
  }
}
