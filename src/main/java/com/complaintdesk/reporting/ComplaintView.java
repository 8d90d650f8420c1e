package com.complaintdesk.reporting;

import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.escalation.ComplaintAlert;
import com.complaintdesk.evidence.AttachmentView;
import com.complaintdesk.escalation.EscalationStep;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.notification.Communication;
import com.complaintdesk.resolution.Resolution;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A complaint as an agent or integrator needs it: the record, its open work and its history.
 *
 * @param overdue the level's deadline has passed while the complaint is being resolved ({@code complaint.Overdue})
 * @param overdueSince that deadline, when overdue
 * @param breached a level's deadline passed while it was open; {@code breachedLevels} which ({@link DeadlineStanding})
 * @param atRisk the current level's reminder went out and its deadline is still ahead
 */
public record ComplaintView(
    String complaintId,
    String processInstanceId,
    Customer customer,
    String orderId,
    String productSku,
    Category category,
    Channel channel,
    Severity severity,
    boolean regulatory,
    String description,
    /* the language the customer's letters are written in */
    String language,
    String status,
    Priority priority,
    Integer level,
    String levelReason,
    Instant levelDueAt,
    boolean overdue,
    Instant overdueSince,
    String createdBy,
    Instant createdAt,
    Instant answerPromisedBy,
    Instant closedAt,
    String closeReason,
    String cancelledBy,
    String cancelReason,
    List<OpenTask> openTasks,
    List<Communication> communications,
    List<TaskComment> comments,
    List<EscalationStep> escalations,
    InvestigationReport investigation,
    Resolution resolution,
    SurveyView survey,
    List<ComplaintAlert> alerts,
    /* evidence: photos, receipts, documents, with links for those who may read the complaint */
    List<AttachmentView> attachments,
    boolean breached,
    List<Integer> breachedLevels,
    boolean atRisk) {

  /** {@code phone}: given with a phone complaint; the only way to reach a caller without e-mail */
  public record Customer(String id, String name, String email, String phone) {}

  public record OpenTask(String taskId, String name, String taskDefinitionKey, List<String> candidateGroups,
      String assignee, Date due) {}

  /** A comment an agent wrote on one of the complaint's tasks (Tasklist's <i>Add Comment</i>). */
  public record TaskComment(Date at, String by, String taskName, String text) {}

  public record SurveyView(Instant sentAt, String status, Instant answeredAt, Integer score, String comment) {}
}
