package com.complaintdesk.escalation;

import static com.complaintdesk.complaint.EngineKeys.TRIAGE_TABLE;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Tier;
import com.complaintdesk.decision.Decisions;
import com.complaintdesk.decision.PolicyTableException;
import com.complaintdesk.resolution.CaseFacts;
import com.complaintdesk.resolution.CaseFactsService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** DMN {@code complaint-triage}: priority and starting level. */
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

  /** What DMN {@code complaint-triage} is asked about a complaint: its record and what investigation found. */
  @Transactional(readOnly = true)
  public Map<String, Object> inputs(String complaintId) {
    Complaint c = complaints.get(complaintId);
    CaseFacts facts = caseFacts.facts(complaintId);
    return inputs(c.category(), c.severity(), facts.customerTier(), facts.recurring(), c.regulatory());
  }

  /**
   * The triage of an investigated complaint from the table's answer (the business rule task evaluated it, so
   * Cockpit shows the decision); stores the priority. A customer who asked for a supervisor before the complaint
   * reached its first level starts at level 3.
   */
  @Transactional
  public Triage apply(String complaintId, DmnDecisionResultEntries result) {
    if (result == null) {
      throw new PolicyTableException(decisions.describe(TRIAGE_TABLE) + ": no rule matches complaint " + complaintId);
    }
    Triage triage = triage(result);
    complaints.updatePriority(complaintId, triage.priority());
    if (triage.startLevel() < Levels.SUPERVISOR && pendingEvents.takeSupervisorRequest(complaintId)) {
      return triage.atLeast(Levels.SUPERVISOR, EscalationReason.CUSTOMER_REQUESTED_SUPERVISOR);
    }
    return triage;
  }

  /** The same, evaluating the table here: for models released before triage became a business rule task. */
  @Transactional
  public Triage triageComplaint(String complaintId) {
    return apply(complaintId, decisions.evaluate(TRIAGE_TABLE, inputs(complaintId)).getSingleResult());
  }

  public Triage triage(Category category, Severity severity, Tier customerTier, boolean recurring, boolean regulatory) {
    return triage(decisions.evaluate(TRIAGE_TABLE, inputs(category, severity, customerTier, recurring, regulatory))
        .getSingleResult());
  }

  private static Map<String, Object> inputs(Category category, Severity severity, Tier customerTier, boolean recurring,
      boolean regulatory) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("category", category.name());
    inputs.put("severity", severity.name());
    inputs.put("customerTier", customerTier.name());
    inputs.put("recurring", recurring);
    inputs.put("regulatory", regulatory);
    return inputs;
  }

  private static Triage triage(DmnDecisionResultEntries result) {
    return new Triage(Priority.valueOf(result.getEntry("priority")),
        ((Number) result.getEntry("startLevel")).intValue(),
        Boolean.TRUE.equals(result.getEntry("informSupervisor")), EscalationReason.TRIAGE);
  }
}
