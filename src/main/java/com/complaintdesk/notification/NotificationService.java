package com.complaintdesk.notification;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a message to the complaint's customer (through the outbox, in the caller's transaction) and records it in
 * the complaint's communications.
 */
@Service
public class NotificationService {

  private final ComplaintRepository complaints;
  private final CommunicationRepository communications;
  private final NotificationPort notifier;

  public NotificationService(ComplaintRepository complaints, CommunicationRepository communications,
      NotificationPort notifier) {
    this.complaints = complaints;
    this.communications = communications;
    this.notifier = notifier;
  }

  @Transactional
  public void notifyCustomer(String complaintId, String kind, String subject, String body) {
    notifyCustomer(complaints.get(complaintId), kind, subject, body, body);
  }

  @Transactional
  public void notifyCustomer(Complaint complaint, String kind, String subject, String body) {
    notifyCustomer(complaint, kind, subject, body, body);
  }

  /** {@code recordedBody}: what staff may read of a message that carries a secret (a survey link). */
  @Transactional
  public void notifyCustomer(Complaint complaint, String kind, String subject, String body, String recordedBody) {
    String fullSubject = subject + " [" + complaint.id() + "]";
    communications.record(complaint.id(), complaint.customerEmail(),
        new Communication(EngineClock.instant(), "OUTBOUND", "EMAIL", kind, fullSubject, recordedBody));
    notifier.send(new OutboundMessage(complaint.id(), kind, complaint.customerEmail(), fullSubject, body));
  }

  @Transactional
  public void recordInbound(String complaintId, String channel, String kind, String text) {
    communications.record(complaintId, null,
        new Communication(EngineClock.instant(), "INBOUND", channel, kind, null, text));
  }
}
