package com.complaintdesk.escalation;

import com.complaintdesk.api.ApiProblem;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.notification.NotificationService;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What customers do on their own: each event is a BPMN message correlated by the complaint id. */
@Service
public class CustomerEventService {

  public static final String MESSAGE_SUPERVISOR_REQUESTED = "CustomerRequestedSupervisor";
  public static final String MESSAGE_SELF_ESCALATED = "CustomerSelfEscalated";
  public static final String MESSAGE_REPLIED = "CustomerReplied";

  private final ComplaintRepository complaints;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;

  public CustomerEventService(ComplaintRepository complaints, NotificationService notifications,
      RuntimeService runtimeService) {
    this.complaints = complaints;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
  }

  /** @return whether the event moved the process (a reply nobody waited for is only recorded) */
  @Transactional
  public boolean handle(String complaintId, CustomerEventRequest event) {
    Complaint complaint = complaints.get(complaintId);
    if (complaint.status().isClosed()) {
      throw conflict("Complaint " + complaintId + " is closed");
    }
    return switch (event.type()) {
      case "CUSTOMER_REQUESTS_SUPERVISOR" -> {
        requireLevel(complaint, 1, 2, "A supervisor can be requested only while the complaint is at level 1 or 2");
        notifications.recordInbound(complaintId, "EVENT", "SUPERVISOR_REQUESTED", "The customer asked for a supervisor.");
        yield correlate(complaintId, MESSAGE_SUPERVISOR_REQUESTED, Map.of());
      }
      case "CUSTOMER_SELF_ESCALATED" -> {
        requireLevel(complaint, 1, 3, "The complaint is already with the executive office");
        notifications.recordInbound(complaintId, event.channel(), "SELF_ESCALATION",
            event.message() == null ? "The customer escalated through " + event.channel() + "." : event.message());
        yield correlate(complaintId, MESSAGE_SELF_ESCALATED, Map.of("selfEscalationChannel", event.channel()));
      }
      default -> {
        notifications.recordInbound(complaintId, "EMAIL", "CUSTOMER_REPLY", event.message());
        yield complaint.status() == ComplaintStatus.AWAITING_CUSTOMER
            && correlate(complaintId, MESSAGE_REPLIED, Map.of("customerReply", event.message()));
      }
    };
  }

  private boolean correlate(String complaintId, String message, Map<String, Object> variables) {
    try {
      runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(complaintId)
          .setVariables(variables).correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      throw conflict("Complaint " + complaintId + " is not in a state that accepts " + message + " now");
    }
  }

  private static void requireLevel(Complaint complaint, int min, int max, String message) {
    if (complaint.level() == null || complaint.level() < min || complaint.level() > max) {
      throw conflict(message + " (current level: " + (complaint.level() == null ? "none yet" : complaint.level()) + ")");
    }
  }

  private static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "Event does not fit the complaint's state", detail);
  }
}
