package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.escalation.CustomerEventRepository.PendingEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer events that came before the complaint could take them: a supervisor request during the
 * investigation, or while the complaint moves between levels. Triage honours a supervisor request; the
 * rest are applied as soon as the complaint waits for them. Every node sweeps; the row is claimed in the
 * same transaction as the correlation, so an event is applied once.
 */
@Service
public class PendingCustomerEvents {

  private static final Logger LOG = LoggerFactory.getLogger(PendingCustomerEvents.class);

  private final CustomerEventRepository events;
  private final ComplaintRepository complaints;
  private final CustomerMessages messages;
  private final TransactionTemplate transaction;

  public PendingCustomerEvents(CustomerEventRepository events, ComplaintRepository complaints,
      CustomerMessages messages, TransactionTemplate transaction) {
    this.events = events;
    this.complaints = complaints;
    this.messages = messages;
    this.transaction = transaction;
  }

  public void keep(String complaintId, CustomerEventType type, String channel) {
    events.storePending(complaintId, type.name(), channel);
  }

  /**
   * Why a new event can no longer apply because of one already waiting: the same event again (it would find its
   * work done), or a request for a supervisor behind a self-escalation (the executive office outranks one).
   * Empty when it may be taken.
   */
  public Optional<String> supersededBy(String complaintId, CustomerEventType type) {
    List<String> waiting = events.pendingTypes(complaintId);
    if (waiting.contains(type.name())) {
      return Optional.of("The same event (" + type + ") of complaint " + complaintId
          + " is already waiting to be applied");
    }
    if (type == CustomerEventType.CUSTOMER_REQUESTS_SUPERVISOR
        && waiting.contains(CustomerEventType.CUSTOMER_SELF_ESCALATED.name())) {
      return Optional.of("The customer's escalation of complaint " + complaintId
          + " to the executive office is already waiting to be applied; a supervisor would come after it");
    }
    return Optional.empty();
  }

  /** Triage's part: true when the customer asked for a supervisor before the first level (now honoured). */
  public boolean takeSupervisorRequest(String complaintId) {
    return events.markDone(complaintId, CustomerEventType.CUSTOMER_REQUESTS_SUPERVISOR.name(), "APPLIED_AT_TRIAGE") > 0;
  }

  /** Applies what can be applied now; @return how many events were applied or found obsolete. */
  @Scheduled(initialDelayString = "${complaints.pending-events-interval:PT2S}",
      fixedDelayString = "${complaints.pending-events-interval:PT2S}")
  public int applyPending() {
    int done = 0;
    for (PendingEvent event : events.pending(100)) {
      try {
        Boolean applied = transaction.execute(status -> apply(event));
        done += Boolean.TRUE.equals(applied) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.warn("Customer event {} of complaint {} not applied yet, retried at the next sweep: {}", event.type(),
            event.complaintId(), e.getMessage());
      }
    }
    return done;
  }

  private boolean apply(PendingEvent event) {
    CustomerEventType type = CustomerEventType.valueOf(event.type());
    Complaint complaint = complaints.getForUpdate(event.complaintId());
    Optional<String> misfit = EventFit.misfit(complaint, type);
    if (misfit.isPresent()) {
      LOG.info("Customer event {} of complaint {} no longer applies: {}", type, complaint.id(), misfit.get());
      return events.markDone(event.id(), "OBSOLETE");
    }
    if (!messages.waitsFor(complaint.id(), type.message()) || !events.markDone(event.id(), "APPLIED")) {
      return false;
    }
    messages.correlate(complaint.id(), type.message(), Map.of());
    LOG.info("Applied customer event {} to complaint {}, kept since it could not take it", type, complaint.id());
    return true;
  }
}
