package com.complaintdesk.tasklist;

import com.complaintdesk.config.Variables;
import com.complaintdesk.notification.Communication;
import com.complaintdesk.notification.CommunicationRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: the task's name carries the complaint id and customer so Tasklist's list reads
 * well, and the form's "communications so far" is brought up to date.
 */
@Component("taskBriefing")
public class TaskBriefingListener implements TaskListener {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final CommunicationRepository communications;

  public TaskBriefingListener(CommunicationRepository communications) {
    this.communications = communications;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = Variables.requiredString(task, "complaintId");
    String customer = Variables.string(task, "customerDisplayName");
    task.setName(task.getName() + " · " + complaintId + (customer == null ? "" : " · " + customer));
    task.getExecution().setVariable("communicationsSummary", communications.findByComplaint(complaintId).stream()
        .map(TaskBriefingListener::line).collect(Collectors.joining("\n")));
  }

  private static String line(Communication c) {
    return WHEN.format(c.sentAt()) + " " + c.direction().toLowerCase() + " " + c.kind()
        + (c.subject() == null ? "" : ": " + c.subject());
  }
}
