package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.notification.NotificationService;
import com.complaintdesk.notification.StaffAlertService;
import com.complaintdesk.resolution.LevelDecision;
import com.complaintdesk.resolution.LevelDecisionRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a complaint along the escalation path and keeps the customer and the agents informed. */
@Service
public class EscalationService {

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

  public EscalationService(ComplaintRepository complaints, EscalationStepRepository steps, DeadlineService deadlines,
      ExpertDirectory experts, NotificationService notifications, StaffAlertService staffAlerts,
      DeadlineText deadlineText, LevelDecisionRepository decisions, ComplaintAlertRepository alerts,
      ApplicationEventPublisher events, LevelPauseRepository pauses) {
    this.pauses = pauses;
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

  /** The reason a level is left because its deadline passed (set by the deadline timers in the model). */

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
      tellCustomer(complaint, level, reason, dueText, expert);
    }
    if (informSupervisor && level < Levels.SUPERVISOR && complaint.level() == null) {
      staffAlerts.alert(complaintId, List.of(), List.of(DeskGroups.SUPERVISORS),
          "For your information: " + complaintId,
          "Complaint " + complaintId + " (" + complaint.category() + ", " + complaint.severity() + ", priority "
              + complaint.priority() + ") starts at level " + level + " with " + group + ". Answer due " + dueText + ".");
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
    notifications.notifyCustomer(complaint, "INFORMATION_REQUEST", "We need a little more information",
        "Dear " + complaint.displayName() + ",\n\nto resolve your complaint we need some more information from you:\n\n"
            + question + "\n\nPlease reply to this message quoting your reference " + complaintId
            + ". The time we promised you is paused until we hear from you.\n\nKind regards\nCustomer Care");
    complaints.updateStatus(complaintId, ComplaintStatus.AWAITING_CUSTOMER);
    return remaining;
  }

  /** The customer answered (or the reply window closed): the clock runs again with the time it had left. */
  @Transactional
  public LevelEntry resumeAfterCustomer(String complaintId, int level, String expertGroup, Duration remaining) {
    Complaint complaint = complaints.get(complaintId);
    Instant now = EngineClock.instant();
    pauses.resumed(complaintId, level, now);
    LevelDeadline deadline = deadlines.resume(complaint.priority(), complaint.category(), level, now, remaining);
    complaints.updateLevel(complaintId, level, complaint.levelReason(), deadline.dueAt());
    return new LevelEntry(level, complaint.levelReason(), Levels.group(level, expertGroup), deadline,
        deadlineText.format(deadline.dueAt()));
  }

  /**
   * Before a deadline passes: remind whoever works the task, or its group, and their supervisors; recorded as a
   * REMINDER. After it passed at level 4 (there is no level to escalate to): the overdue alert, recorded as a BREACH.
   */
  @Transactional
  public void remind(String complaintId, int level, String group, String assignee, Instant dueAt, boolean overdue) {
    raise(complaintId, overdue ? AlertKind.BREACH : AlertKind.REMINDER, level, dueAt, EngineClock.instant());
    String subject = (overdue ? "OVERDUE: " : "Deadline approaching: ") + complaintId + " at level " + level;
    String body = "Complaint " + complaintId + " (" + Levels.name(level) + ") is due " + deadlineText.format(dueAt)
        + (overdue ? " and is now overdue." : ". Please resolve or refer it before then.");
    List<String> groups = assignee == null ? List.of(group, DeskGroups.SUPERVISORS) : List.of(DeskGroups.SUPERVISORS);
    staffAlerts.alert(complaintId, assignee == null ? List.of() : List.of(assignee), groups, subject, body);
  }

  private void raise(String complaintId, AlertKind kind, int level, Instant dueAt, Instant now) {
    // the timers run on the process's Date (milliseconds); the record keeps microseconds: one precision for both
    Instant due = dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MILLIS);
    alerts.record(complaintId, new ComplaintAlert(kind, level, due, now));
    events.publishEvent(new AlertRaised(complaintId, kind, level));
  }

  private void tellCustomer(Complaint complaint, int level, EscalationReason reason, String dueText,
      ExpertAssignment expert) {
    String who = switch (level) {
      case Levels.EXPERT -> "one of our " + expert.kind() + " experts";
      case Levels.SUPERVISOR -> "a supervisor";
      default -> "our executive office";
    };
    String why = switch (reason) {
      case CUSTOMER_REQUESTED_SUPERVISOR -> "As you asked, ";
      case CUSTOMER_SELF_ESCALATED -> "We have received your escalation and ";
      case TRIAGE, DEADLINE_PASSED, REFER_TO_EXPERT, REFER_TO_SUPERVISOR, REFERRED -> "";
    };
    notifications.notifyCustomer(complaint, "ESCALATED_TO_LEVEL_" + level,
        "Your complaint is now with " + who,
        "Dear " + complaint.displayName() + ",\n\n" + why + (why.isEmpty() ? "Y" : "y") + "our complaint " + complaint.id()
            + " is now being handled by " + who + ". You can expect an answer by " + dueText
            + ".\n\nKind regards\nCustomer Care");
  }
}
