package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.investigation.InvestigationRepository;
import com.complaintdesk.complaint.Tier;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The facts an authority check relies on, read from the complaint record rather than from process
 * variables, which whoever completes a task could overwrite.
 */
@Service
public class CaseFactsService {

  private final ComplaintRepository complaints;
  private final InvestigationRepository investigations;

  public CaseFactsService(ComplaintRepository complaints, InvestigationRepository investigations) {
    this.complaints = complaints;
    this.investigations = investigations;
  }

  public CaseFacts facts(String complaintId) {
    return investigatedFacts(complaintId).orElseGet(
        () -> new CaseFacts(complaints.get(complaintId).category(), BigDecimal.ZERO, Tier.STANDARD, false));
  }

  /** The facts once the investigation has run; empty before. */
  public Optional<CaseFacts> investigatedFacts(String complaintId) {
    Complaint complaint = complaints.get(complaintId);
    return investigations.find(complaintId).map(investigation -> new CaseFacts(complaint.category(),
        investigation.orderValue(), Tier.of(investigation.customerTier()), investigation.recurring()));
  }

  /** The level whose task is open, as recorded when the complaint entered it. */
  public int currentLevel(String complaintId) {
    Integer level = complaints.get(complaintId).level();
    if (level == null) {
      throw new IllegalStateException("Complaint " + complaintId + " is not at an escalation level");
    }
    return level;
  }
}
