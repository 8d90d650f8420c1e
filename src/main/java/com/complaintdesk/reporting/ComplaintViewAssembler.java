package com.complaintdesk.reporting;

import com.complaintdesk.evidence.AttachmentService;
import com.complaintdesk.evidence.AttachmentView;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Overdue;
import com.complaintdesk.escalation.ComplaintAlert;
import com.complaintdesk.escalation.ComplaintAlertRepository;
import com.complaintdesk.escalation.EscalationStepRepository;
import com.complaintdesk.investigation.InvestigationRepository;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.notification.CommunicationRepository;
import com.complaintdesk.resolution.ResolutionRepository;
import com.complaintdesk.survey.SurveyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ComplaintViewAssembler {

  private final ComplaintRepository complaints;
  private final CommunicationRepository communications;
  private final EscalationStepRepository escalations;
  private final InvestigationRepository investigations;
  private final ResolutionRepository resolutions;
  private final SurveyRepository surveys;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final ComplaintAlertRepository alerts;
  private final EngineClock clock;
  private final AttachmentService attachments;

  public ComplaintViewAssembler(ComplaintRepository complaints, CommunicationRepository communications,
      EscalationStepRepository escalations, InvestigationRepository investigations, ResolutionRepository resolutions,
      SurveyRepository surveys, TaskService taskService, ComplaintAlertRepository alerts, EngineClock clock,
      HistoryService historyService, AttachmentService attachments) {
    this.attachments = attachments;
    this.historyService = historyService;
    this.alerts = alerts;
    this.clock = clock;
    this.complaints = complaints;
    this.communications = communications;
    this.escalations = escalations;
    this.investigations = investigations;
    this.resolutions = resolutions;
    this.surveys = surveys;
    this.taskService = taskService;
  }

  @Transactional(readOnly = true)
  public ComplaintView view(String complaintId) {
    Complaint c = complaints.get(complaintId);
    InvestigationReport investigation = investigations.find(complaintId).orElse(null);
    Instant now = clock.now();
    List<ComplaintAlert> complaintAlerts = alerts.findByComplaint(complaintId);
    DeadlineStanding standing = DeadlineStanding.of(complaintAlerts, c.status(), c.level(), c.levelDueAt(), now);
    return new ComplaintView(c.id(), c.processInstanceId(),
        new ComplaintView.Customer(c.customerId(), c.customerName(), c.customerEmail(), c.customerPhone()),
        c.orderId(), c.productSku(), c.category(), c.channel(), c.severity(), c.regulatory(), c.description(),
        c.language(), c.status().name(), c.priority(), c.level(), c.levelReason(), c.levelDueAt(),
        Overdue.is(c.status(), c.levelDueAt(), now), Overdue.since(c.status(), c.levelDueAt(), now), c.createdBy(),
        c.createdAt(), c.answerPromisedBy(), c.closedAt(), c.closeReason(), c.cancelledBy(), c.cancelReason(),
        openTasks(complaintId), communications.findByComplaint(complaintId), comments(complaintId),
        escalations.findByComplaint(complaintId), investigation, resolutions.findLatest(complaintId).orElse(null),
        surveys.findLatestByComplaint(complaintId)
            .map(s -> new ComplaintView.SurveyView(s.sentAt(), s.status().name(), s.answeredAt(), s.score(),
                s.comment()))
            .orElse(null),
        complaintAlerts,
        attachments.ofComplaint(complaintId).stream().map(AttachmentView::of).toList(),
        standing.breached(), standing.breachedLevels(), standing.atRisk());
  }

  /** Agents' comments on the tasks of the complaint's processes, oldest first. */
  private List<ComplaintView.TaskComment> comments(String complaintId) {
    Map<String, String> taskNames = new HashMap<>();
    historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(complaintId).list()
        .forEach(t -> taskNames.put(t.getId(), t.getName()));
    return taskNames.keySet().stream().flatMap(taskId -> taskService.getTaskComments(taskId).stream())
        .sorted(Comparator.comparing(Comment::getTime))
        .map(c -> new ComplaintView.TaskComment(c.getTime(), c.getUserId(), taskNames.get(c.getTaskId()),
            c.getFullMessage()))
        .toList();
  }

  /** Tasks of the complaint's process and of the escalation path it calls: both carry the complaint id as business key. */
  private List<ComplaintView.OpenTask> openTasks(String complaintId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(complaintId).orderByTaskCreateTime().asc().list()
        .stream()
        .map(t -> new ComplaintView.OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
            taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            t.getAssignee(), t.getDueDate()))
        .toList();
  }
}
