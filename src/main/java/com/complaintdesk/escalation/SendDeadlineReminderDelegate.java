package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reminder before a level's deadline, or (input parameter {@code overdue}) the alert after it. */
@Component("sendDeadlineReminder")
public class SendDeadlineReminderDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final TaskService taskService;

  public SendDeadlineReminderDelegate(EscalationService escalation, TaskService taskService) {
    this.escalation = escalation;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assignee = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
        .stream().map(Task::getAssignee).filter(Objects::nonNull).findFirst().orElse(null);
    boolean overdue = ProcessVariables.bool(execution, ProcessVariables.OVERDUE);
    escalation.remind(ProcessVariables.complaintId(execution), ProcessVariables.currentLevel(execution),
        ProcessVariables.requiredString(execution, ProcessVariables.LEVEL_GROUP), assignee,
        ProcessVariables.levelDueAt(execution), overdue);
    if (overdue) {
      SlaBreachFlag.set(execution);
    }
  }
}
