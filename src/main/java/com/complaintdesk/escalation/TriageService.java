package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.decision.Decisions;
import com.complaintdesk.resolution.CaseFacts;
import com.complaintdesk.resolution.CaseFactsService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluates DMN {@code complaint-triage}: priority and starting level. */
@Service
public class TriageService {

  private final Decisions decisions;
  private final ComplaintRepository complaints;
  private final CaseFactsService caseFacts;
  private final PendingCustomerEvents pendingEvents;

  public TriageService(Decisions decisions, ComplaintRepository complaints, CaseFactsService caseFacts,
      PendingCustomerEvents pendingEvents) {
    this.decisions = decisions;
    this.complaints = complaints;
    this.caseFacts = caseFacts;
    this.pendingEvents = pendingEvents;
  }

  /**
   * The triage of an investigated complaint, from its record; stores the priority. A customer who asked
   * for a supervisor before the complaint reached its first level starts at level 3.
   */
  @Transactional
  public Triage triageComplaint(String complaintId) {
    Complaint c = complaints.get(complaintId);
    CaseFacts facts = caseFacts.facts(complaintId);
    Triage triage = triage(c.category(), c.severity(), facts.customerTier(), facts.recurring(), c.regulatory());
    complaints.updatePriority(complaintId, triage.priority());
    if (triage.startLevel() < Levels.SUPERVISOR && pendingEvents.takeSupervisorRequest(complaintId)) {
      return triage.atLeast(Levels.SUPERVISOR, Triage.CUSTOMER_REQUESTED_SUPERVISOR);
    }
    return triage;
  }

  public Triage triage(String category, String severity, String customerTier, boolean recurring, boolean regulatory) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("category", category);
    inputs.put("severity", severity);
    inputs.put("customerTier", customerTier);
    inputs.put("recurring", recurring);
    inputs.put("regulatory", regulatory);
    DmnDecisionResultEntries result = decisions.evaluate("complaint-triage", inputs).getSingleResult();
    return new Triage(result.getEntry("priority"), ((Number) result.getEntry("startLevel")).intValue(),
        Boolean.TRUE.equals(result.getEntry("informSupervisor")), Triage.BY_TRIAGE);
  }
}
