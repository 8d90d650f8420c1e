package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.investigation.InvestigationRepository;
import com.complaintdesk.investigation.OrderRecords.OrderInfo;
import com.complaintdesk.letters.LetterProperties;
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
  private final LetterProperties letters;

  public CaseFactsService(ComplaintRepository complaints, InvestigationRepository investigations,
      LetterProperties letters) {
    this.complaints = complaints;
    this.investigations = investigations;
    this.letters = letters;
  }

  /** The currency of the complaint's amounts: its order's, or the desk's default when no order was found. */
  public String currency(String complaintId) {
    return investigations.find(complaintId).map(this::currencyOf).orElse(letters.defaultCurrency());
  }

  private String currencyOf(InvestigationReport investigation) {
    return java.util.Optional.ofNullable(investigation.order()).map(OrderInfo::currency)
        .filter(code -> !code.isBlank()).orElse(letters.defaultCurrency());
  }

  public CaseFacts facts(String complaintId) {
    return investigatedFacts(complaintId).orElseGet(
        () -> new CaseFacts(complaints.get(complaintId).category(), BigDecimal.ZERO, Tier.STANDARD, false,
            letters.defaultCurrency()));
  }

  /** The facts once the investigation has run; empty before. */
  public Optional<CaseFacts> investigatedFacts(String complaintId) {
    Complaint complaint = complaints.get(complaintId);
    return investigations.find(complaintId).map(investigation -> new CaseFacts(complaint.category(),
        investigation.orderValue(), Tier.of(investigation.customerTier()), investigation.recurring(),
        currencyOf(investigation)));
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
