package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.notification.MessageUndeliverable;
import com.complaintdesk.notification.StaffAlertService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A message the customer's address could not take becomes an alert on the complaint (ops and leads see it with
 * the complaint, Prometheus counts it) and a note to the front line and supervisors to reach the customer another
 * way. The complaint itself goes on.
 */
@Component
class UndeliverableMessageAlert {

  private final ComplaintRepository complaints;
  private final ComplaintAlertRepository alerts;
  private final StaffAlertService staffAlerts;
  private final ApplicationEventPublisher events;

  UndeliverableMessageAlert(ComplaintRepository complaints, ComplaintAlertRepository alerts,
      StaffAlertService staffAlerts, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.alerts = alerts;
    this.staffAlerts = staffAlerts;
    this.events = events;
  }

  @EventListener
  void undeliverable(MessageUndeliverable failure) {
    Complaint complaint = complaints.get(failure.complaintId());
    int level = complaint.level() == null ? 0 : complaint.level();
    alerts.record(complaint.id(), new ComplaintAlert(AlertKind.UNDELIVERABLE, level, null, EngineClock.instant()));
    events.publishEvent(new AlertRaised(complaint.id(), AlertKind.UNDELIVERABLE, level));
    staffAlerts.alert(complaint.id(), List.of(), List.of(DeskGroups.FRONT_LINE, DeskGroups.SUPERVISORS),
        "staff-undeliverable", Map.of("subjectNotDelivered", failure.subject(),
            "refusedByServer", failure.refusedByServer()));
  }
}
