package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintStatus;
import java.util.Optional;
import java.util.Set;

/** Whether a customer event fits a complaint's state; the same rule when it arrives and when it is applied later. */
final class EventFit {

  private static final Set<ComplaintStatus> PATH_OVER =
      Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.NOT_UPHELD, ComplaintStatus.AWAITING_FEEDBACK,
          ComplaintStatus.REOPENED);

  private EventFit() {}

  /** Why the event does not fit, or empty when it does. */
  static Optional<String> misfit(Complaint c, CustomerEventType type) {
    if (c.status() == ComplaintStatus.CANCELLED) {
      return Optional.of("Complaint " + c.id() + " was cancelled");
    }
    if (c.status().isClosed()) {
      return Optional.of("Complaint " + c.id() + " is closed");
    }
    if (type == CustomerEventType.CUSTOMER_REPLIED) {
      return c.status() == ComplaintStatus.AWAITING_CUSTOMER ? Optional.empty()
          : Optional.of("Complaint " + c.id() + " is not waiting for a reply from the customer");
    }
    if (PATH_OVER.contains(c.status())) {
      return Optional.of("Complaint " + c.id() + " has been answered; its escalation path is over");
    }
    Integer level = c.level();
    if (type == CustomerEventType.CUSTOMER_REQUESTS_SUPERVISOR && level != null && level >= Levels.SUPERVISOR) {
      return Optional.of("Complaint " + c.id() + " is already with "
          + (level == Levels.SUPERVISOR ? "a supervisor" : "the executive office") + " (level " + level + ")");
    }
    if (type == CustomerEventType.CUSTOMER_SELF_ESCALATED && level != null && level == Levels.EXECUTIVE) {
      return Optional.of("Complaint " + c.id() + " is already with the executive office (level 4)");
    }
    return Optional.empty();
  }
}
