package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.investigation.InvestigationRepository;
import com.complaintdesk.investigation.OrderRecords.ProductInfo;
import com.complaintdesk.letters.Signature;
import com.complaintdesk.notification.NotificationService;
import com.complaintdesk.notification.StaffAlertService;
import com.complaintdesk.resolution.LevelDecision;
import com.complaintdesk.resolution.LevelDecisionRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a complaint along the escalation path and keeps the customer and the agents informed. */
@Service
public class EscalationService {

  /** the expert kinds with a referral letter of their own; any other kind gets {@code referral-general} */
  private static final Set<String> REFERRAL_KINDS = Set.of("billing", "delivery", "product", "service");

  private final ComplaintRepository complaints;
  private final EscalationStepRepository steps;
  private final DeadlineService deadlines;
  private final ExpertDirectory experts;
  private final NotificationService notifications;
  private final StaffAlertService staffAlerts;
  private final DeadlineText deadlineText;
  private final LevelDecisionRepository decisions;
  private final ComplaintAlertRepository alerts;
  private final ApplicationEventPublisher events;
  private final LevelPauseRepository pauses;
  private final InvestigationRepository investigations;
  private final ComplaintDeskProperties properties;

  public EscalationService(ComplaintRepository complaints, EscalationStepRepository steps, DeadlineService deadlines,
      ExpertDirectory experts, NotificationService notifications, StaffAlertService staffAlerts,
      DeadlineText deadlineText, LevelDecisionRepository decisions, ComplaintAlertRepository alerts,
      ApplicationEventPublisher events, LevelPauseRepository pauses, InvestigationRepository investigations,
      ComplaintDeskProperties properties) {
    this.pauses = pauses;
    this.investigations = investigations;
    this.properties = properties;
    this.decisions = decisions;
    this.alerts = alerts;
    this.events = events;
    this.complaints = complaints;
    this.steps = steps;
    this.deadlines = deadlines;
    this.experts = experts;
    this.notifications = notifications;
    this.staffAlerts = staffAlerts;
    this.deadlineText = deadlineText;
  }

  @Transactional
  public LevelEntry enterLevel(String complaintId, int level, EscalationReason reason, boolean informSupervisor) {
    Complaint complaint = complaints.get(complaintId);
    Instant now = EngineClock.instant();
    LevelDeadline deadline = deadlines.deadline(complaint.priority(), complaint.category(), level, now);
    ExpertAssignment expert = level == Levels.EXPERT ? experts.assign(complaintId, complaint.category()) : null;
    String group = Levels.group(level, expert == null ? null : expert.group());
    String dueText = deadlineText.format(deadline.dueAt());
    if (reason == EscalationReason.DEADLINE_PASSED && complaint.level() != null) {
      raise(complaintId, AlertKind.BREACH, complaint.level(), complaint.levelDueAt(), now);
    }
    pauses.levelLeft(complaintId, now);
    steps.record(complaintId,
        new EscalationStep(complaint.level(), level, reason.name(), now, deadline.dueAt(), group));
    events.publishEvent(new LevelEntered(complaintId, complaint.level(), level, reason.name()));
    complaints.updateLevel(complaintId, level, reason.name(), deadline.dueAt());
    if (level > Levels.FRONT_LINE) {
      tellCustomer(complaint, level, reason, deadline.dueAt(), expert);
    }
    if (informSupervisor && level < Levels.SUPERVISOR && complaint.level() == null) {
      staffAlerts.alert(complaintId, List.of(), List.of(DeskGroups.SUPERVISORS), "staff-supervisor-information",
          Map.of("category", complaint.category().name(), "severity", complaint.severity().name(),
              "priority", String.valueOf(complaint.priority()), "level", level, "group", group,
              "dueAt", deadline.dueAt()));
    }
    return new LevelEntry(level, reason.name(), group, deadline, dueText);
  }

  /** The customer is asked the agent's question; the level's clock stops with the time it had left. */
  @Transactional
  public Duration pauseForCustomer(String complaintId, Instant dueAt, long decisionId) {
    Complaint complaint = complaints.get(complaintId);
    String question = decisions.get(complaintId, decisionId).informationRequest();
    Instant now = EngineClock.instant();
    Duration remaining = deadlines.remaining(complaint.priority(), complaint.category(), now, dueAt);
    if (complaint.level() != null) {
      pauses.paused(complaintId, complaint.level(), now);
    }
    notifications.notifyCustomer(complaint, "INFORMATION_REQUEST", "information-request",
        Signature.ofLevel(complaint.level()), withTopic(complaint, Map.of("question", question,
            "replyBy", now.plus(properties.customerReplyWindow()))));
    complaints.updateStatus(complaintId, ComplaintStatus.AWAITING_CUSTOMER);
    return remaining;
  }

  /** The customer answered (or the reply window closed): the clock runs again with the time it had left. */
  @Transactional
  public LevelEntry resumeAfterCustomer(String complaintId, int level, String expertGroup, Duration remaining) {
    Complaint complaint = complaints.get(complaintId);
    Instant now = EngineClock.instant();
    Instant pausedAt = pauses.pausedAt(complaintId, level).orElse(complaint.createdAt());
    pauses.resumed(complaintId, level, now);
    LevelDeadline deadline = deadlines.resume(complaint.priority(), complaint.category(), level, now, remaining);
    complaints.updateLevel(complaintId, level, complaint.levelReason(), deadline.dueAt());
    boolean replied = notifications.customerRepliedSince(complaintId, pausedAt);
    notifications.notifyCustomer(complaint, replied ? "REPLY_RECEIVED" : "REPLY_WINDOW_CLOSED",
        replied ? "customer-reply-received" : "reply-window-closed", Signature.ofLevel(level),
        Map.of("dueAt", deadline.dueAt()));
    complaints.promised(complaintId, deadline.dueAt());
    return new LevelEntry(level, complaint.levelReason(), Levels.group(level, expertGroup), deadline,
        deadlineText.format(deadline.dueAt()));
  }

  /**
   * Before a deadline passes: remind whoever works the task, or its group, and their supervisors; recorded as a
   * REMINDER. After it passed at level 4 (there is no level to escalate to): the overdue alert, recorded as a BREACH.
   */
  @Transactional
  public void remind(String complaintId, int level, String group, String assignee, Instant dueAt, boolean overdue) {
    if (!overdue && dueAt != null
        && alerts.exists(complaintId, AlertKind.REMINDER, level, dueAt.truncatedTo(ChronoUnit.MILLIS))) {
      // the level task came back (a question to a department) after its reminder went out: one reminder per deadline
      return;
    }
    raise(complaintId, overdue ? AlertKind.BREACH : AlertKind.REMINDER, level, dueAt, EngineClock.instant());
    List<String> groups = assignee == null ? List.of(group, DeskGroups.SUPERVISORS) : List.of(DeskGroups.SUPERVISORS);
    staffAlerts.alert(complaintId, assignee == null ? List.of() : List.of(assignee), groups,
        overdue ? "staff-overdue" : "staff-reminder", Map.of("level", level, "dueAt", dueAt));
  }

  private void raise(String complaintId, AlertKind kind, int level, Instant dueAt, Instant now) {
    // the timers run on the process's Date (milliseconds); the record keeps microseconds: one precision for both
    Instant due = dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MILLIS);
    alerts.record(complaintId, new ComplaintAlert(kind, level, due, now));
    events.publishEvent(new AlertRaised(complaintId, kind, level));
  }

  /** The letter of a new level: who has the complaint now, why, and by when they answer; that date is the promise. */
  private void tellCustomer(Complaint complaint, int level, EscalationReason reason, Instant dueAt,
      ExpertAssignment expert) {
    String message = switch (level) {
      case Levels.EXPERT -> "referral-" + (REFERRAL_KINDS.contains(expert.kind()) ? expert.kind() : "general");
      case Levels.SUPERVISOR -> "supervisor";
      default -> "executive-office";
    };
    notifications.notifyCustomer(complaint, "ESCALATED_TO_LEVEL_" + level, message, Signature.ofLevel(level),
        withTopic(complaint, Map.of("reason", reason.name(), "dueAt", dueAt)));
    complaints.promised(complaint.id(), dueAt);
  }

  /** What a letter needs to name the complaint's subject: its category, the order number and the product's name. */
  private Map<String, Object> withTopic(Complaint complaint, Map<String, ?> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("category", complaint.category().name());
    full.put("orderNumber", complaint.orderId());
    full.put("productName", investigations.find(complaint.id()).map(InvestigationReport::product)
        .map(ProductInfo::name).orElse(null));
    return full;
  }
}
