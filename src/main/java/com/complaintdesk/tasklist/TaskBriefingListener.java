package com.complaintdesk.tasklist;

import java.util.Optional;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: the task's name carries the complaint id and customer so Tasklist's list reads
 * well, and its priority follows the complaint's, so sorting by priority puts critical complaints first; a level
 * task that comes back after a question to the customer goes to the agent who asked it.
 */
@Component("taskBriefing")
public class TaskBriefingListener implements TaskListener {

  /** {@code ACT_RU_TASK.NAME_} is varchar(255) */
  static final int MAX_NAME = 255;
  private static final String SEPARATOR = " · ";

  private final ComplaintRepository complaints;
  private final QuestionToCustomer questions;

  public TaskBriefingListener(ComplaintRepository complaints, QuestionToCustomer questions) {
    this.complaints = complaints;
    this.questions = questions;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaints.get(ProcessVariables.complaintId(task));
    task.setName(name(task.getName(), complaint.id(), complaint.nameOrNull()));
    task.setPriority(priority(complaint.priority()));
    if (isLevelTask(task)) {
      backToWhoAsked(task, complaint);
    }
  }

  /**
   * A level task that comes back after the customer's answer (or the reply window), or right after a question to a
   * department, goes to the agent who asked.
   */
  private void backToWhoAsked(DelegateTask task, Complaint complaint) {
    Object departmentAsker = task.getVariable(ProcessVariables.DEPARTMENT_ASKED_BY);
    Optional<String> asker = departmentAsker instanceof String user ? Optional.of(user)
        : questions.atLevel(complaint.id(), complaint.level()).map(QuestionToCustomer.Asked::askedBy);
    asker.filter(user -> mayWork(task, user)).ifPresent(task::setAssignee);
  }

  private static boolean isLevelTask(DelegateTask task) {
    return EngineKeys.ESCALATION_PROCESS.equals(task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey());
  }

  /** Still in one of the task's candidate groups: someone who left the group does not get it back. */
  private static boolean mayWork(DelegateTask task, String user) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return user != null && task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null)
        .anyMatch(group -> identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0);
  }

  /** "Resolve at front line · CMP-… · Dana Whitfield", the customer's part shortened to fit the column. */
  static String name(String taskName, String complaintId, String customer) {
    String name = taskName + SEPARATOR + complaintId;
    if (customer == null || customer.isBlank()) {
      return name;
    }
    String full = name + SEPARATOR + customer.strip();
    if (full.length() <= MAX_NAME) {
      return full;
    }
    int end = MAX_NAME - 1;
    if (Character.isHighSurrogate(full.charAt(end - 1))) {
      end--;
    }
    return full.substring(0, end) + "…";
  }

  /** Camunda's task priority from the complaint's: CRITICAL > HIGH > MEDIUM > LOW. */
  static int priority(Priority complaintPriority) {
    if (complaintPriority == null) {
      return 50;
    }
    return switch (complaintPriority) {
      case CRITICAL -> 90;
      case HIGH -> 70;
      case MEDIUM -> 50;
      case LOW -> 30;
    };
  }
}
