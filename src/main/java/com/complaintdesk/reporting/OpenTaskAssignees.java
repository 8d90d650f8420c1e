package com.complaintdesk.reporting;

import com.complaintdesk.complaint.EngineKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who works the open task of each complaint of a page: two engine queries for the whole page (the tasks by the
 * complaints' business key, then their process instances' keys), not one per complaint. A complaint's own
 * tasks only: an improvement review running beside it under the same key is the quality team's.
 */
@Component
public class OpenTaskAssignees {

  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public OpenTaskAssignees(TaskService taskService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /** complaint id → assignee, for the complaints whose open task is assigned */
  public Map<String, String> of(List<String> complaintIds) {
    if (complaintIds.isEmpty()) {
      return Map.of();
    }
    List<Task> assigned = taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(complaintIds.toArray(String[]::new))
        .processDefinitionKeyIn(EngineKeys.ESCALATION_PROCESS, EngineKeys.RESOLUTION_PROCESS)
        .taskAssigned()
        .list();
    if (assigned.isEmpty()) {
      return Map.of();
    }
    Map<String, String> complaintOfInstance = new HashMap<>();
    runtimeService.createProcessInstanceQuery()
        .processInstanceIds(assigned.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
        .list()
        .forEach(pi -> complaintOfInstance.put(pi.getId(), pi.getBusinessKey()));
    Map<String, String> assignees = new HashMap<>();
    for (Task task : assigned) {
      String complaintId = complaintOfInstance.get(task.getProcessInstanceId());
      if (complaintId != null) {
        assignees.putIfAbsent(complaintId, task.getAssignee());
      }
    }
    return assignees;
  }
}
