package com.complaintdesk.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status changes the process makes that are not part of another service's work. */
@Service
public class ComplaintLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintLifecycle.class);

  private final ComplaintRepository complaints;
  private final ApplicationEventPublisher events;

  public ComplaintLifecycle(ComplaintRepository complaints, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.events = events;
  }

  @Transactional
  public void reopen(String complaintId) {
    complaints.updateStatus(complaintId, ComplaintStatus.REOPENED);
  }

  @Transactional
  public void close(String complaintId, String reason) {
    complaints.close(complaintId, reason);
    events.publishEvent(new ComplaintClosed(complaintId, reason));
  }

  /** Its process instance was deleted: the complaint ends here, with who and why. */
  @Transactional
  public void cancel(String complaintId, String by, String reason) {
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
    if (complaints.cancel(complaintId, by, why.length() <= 500 ? why : why.substring(0, 499) + "…")) {
      LOG.warn("Complaint {} cancelled by {}: its process instance was deleted ({})", complaintId, by, why);
    }
  }
}
