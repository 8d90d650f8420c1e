package com.complaintdesk.notification;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends a message to the complaint's customer and records it in the complaint's communications. */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final ComplaintRepository complaints;
  private final CommunicationRepository communications;
  private final NotificationPort notifier;
  private final ApplicationEventPublisher events;

  public NotificationService(ComplaintRepository complaints, CommunicationRepository communications,
      NotificationPort notifier, ApplicationEventPublisher events) {
    this.events = events;
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
    try {
      notifier.send(new OutboundMessage(complaint.customerEmail(), fullSubject, body));
    } catch (UndeliverableAddressException e) {
      // the complaint goes on: a refused address must not stop acknowledgement, levels or deadlines
      LOG.warn("Message {} for complaint {} not delivered: {}", kind, complaint.id(), e.getMessage());
      events.publishEvent(new MessageUndeliverable(complaint.id(), kind, e.getMessage()));
    }
  }

  @Transactional
  public void recordInbound(String complaintId, String channel, String kind, String text) {
    communications.record(complaintId, null,
        new Communication(EngineClock.instant(), "INBOUND", channel, kind, null, text));
  }
}
