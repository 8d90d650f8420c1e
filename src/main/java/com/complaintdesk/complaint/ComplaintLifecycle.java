package com.complaintdesk.complaint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status changes the process makes that are not part of another service's work. */
@Service
public class ComplaintLifecycle {

  private final ComplaintRepository complaints;

  public ComplaintLifecycle(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Transactional
  public void setPriority(String complaintId, String priority) {
    complaints.updatePriority(complaintId, priority);
  }

  @Transactional
  public void reopen(String complaintId) {
    complaints.updateStatus(complaintId, ComplaintStatus.REOPENED);
  }

  @Transactional
  public void close(String complaintId, String reason) {
    complaints.close(complaintId, reason);
  }
}
