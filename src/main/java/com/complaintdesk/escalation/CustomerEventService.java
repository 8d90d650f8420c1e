package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.notification.NotificationService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers do on their own: each event is a BPMN message correlated by the complaint id. An event
 * that fits the complaint is never lost to timing: when the complaint cannot take it yet (investigation
 * still running, or between two levels), it is kept and applied once it can.
 */
@Service
public class CustomerEventService {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerEventService.class);

  private final ComplaintRepository complaints;
  private final NotificationService notifications;
  private final CustomerMessages messages;
  private final PendingCustomerEvents pending;

  public CustomerEventService(ComplaintRepository complaints, NotificationService notifications,
      CustomerMessages messages, PendingCustomerEvents pending) {
    this.complaints = complaints;
    this.notifications = notifications;
    this.messages = messages;
    this.pending = pending;
  }

  @Transactional
  public EventReceipt handle(String complaintId, CustomerEventRequest event) {
    CustomerEventType type = CustomerEventType.valueOf(event.type());
    Complaint complaint = complaints.getForUpdate(complaintId);
    EventFit.misfit(complaint, type).or(() -> pending.supersededBy(complaintId, type)).ifPresent(reason -> {
      LOG.info("Refused customer event {} for complaint {}: {}", type, complaintId, reason);
      throw new EventDoesNotFitException(reason);
    });
    switch (type) {
      case CUSTOMER_REQUESTS_SUPERVISOR ->
          notifications.recordInbound(complaintId, "EVENT", "SUPERVISOR_REQUESTED", "The customer asked for a supervisor.");
      case CUSTOMER_SELF_ESCALATED -> notifications.recordInbound(complaintId, event.channel(), "SELF_ESCALATION",
          event.message() == null ? "The customer escalated through " + event.channel() + "." : event.message());
      case CUSTOMER_REPLIED -> notifications.recordInbound(complaintId, "EMAIL", "CUSTOMER_REPLY", event.message());
    }
    if (messages.waitsFor(complaintId, type.message())) {
      messages.correlate(complaintId, type.message(), Map.of());
      return new EventReceipt(complaintId, type.name(), "APPLIED");
    }
    if (type == CustomerEventType.CUSTOMER_REPLIED) {
      return new EventReceipt(complaintId, type.name(), "RECORDED");
    }
    pending.keep(complaintId, type, event.channel());
    LOG.info("Kept customer event {} for complaint {} until it reaches a level that can take it", type, complaintId);
    return new EventReceipt(complaintId, type.name(), "PENDING");
  }
}
