package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.notification.CustomerCallRequested;
import com.complaintdesk.notification.StaffAlertService;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A letter for a caller without e-mail goes to the front line and to the agent who logged the call, with the
 * number and the words to say; the agent records the call as a comment on the complaint's task.
 */
@Component
class CustomerCallAlert {

  private final ComplaintRepository complaints;
  private final StaffAlertService staffAlerts;

  CustomerCallAlert(ComplaintRepository complaints, StaffAlertService staffAlerts) {
    this.complaints = complaints;
    this.staffAlerts = staffAlerts;
  }

  @EventListener
  void callRequested(CustomerCallRequested call) {
    Complaint complaint = complaints.get(call.complaintId());
    staffAlerts.alert(complaint.id(), complaint.createdBy() == null ? List.of() : List.of(complaint.createdBy()),
        List.of(DeskGroups.FRONT_LINE), "staff-call-customer", Map.of("phone", call.phone(),
            "customerName", complaint.nameOrNull() == null ? complaint.customerId() : complaint.nameOrNull(),
            "letterSubject", call.subject(), "letterText", call.text()));
  }
}
