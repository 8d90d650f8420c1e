package com.complaintdesk.resolution;

import com.complaintdesk.api.ApiProblem;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.investigation.InvestigationRepository;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OffersController {

  private final ComplaintRepository complaints;
  private final InvestigationRepository investigations;
  private final ResolutionPolicyService policy;

  public OffersController(ComplaintRepository complaints, InvestigationRepository investigations,
      ResolutionPolicyService policy) {
    this.complaints = complaints;
    this.investigations = investigations;
    this.policy = policy;
  }

  /** The offers the complaint's current level may make, within policy. */
  @GetMapping("/api/complaints/{complaintId}/offers")
  public OffersView offers(@PathVariable String complaintId) {
    Complaint c = complaints.get(complaintId);
    InvestigationReport investigation = investigations.find(complaintId).orElse(null);
    if (c.level() == null || investigation == null) {
      throw new ApiProblem(HttpStatus.CONFLICT, "Not yet at a level",
          "Complaint " + complaintId + " has not been investigated and triaged yet");
    }
    return new OffersView(complaintId, c.level(), policy.offers(c.category(), investigation.orderValue(),
        investigation.customerTier(), c.level(), investigation.recurring()));
  }

  public record OffersView(String complaintId, int level, List<Offer> offers) {}

}
