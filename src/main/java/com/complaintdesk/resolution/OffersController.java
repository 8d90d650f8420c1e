package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ConflictException;
import com.complaintdesk.identity.ComplaintAccess;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OffersController {

  private final ComplaintRepository complaints;
  private final CaseFactsService caseFacts;
  private final ResolutionPolicyService policy;
  private final ComplaintAccess access;

  public OffersController(ComplaintRepository complaints, CaseFactsService caseFacts, ResolutionPolicyService policy,
      ComplaintAccess access) {
    this.access = access;
    this.complaints = complaints;
    this.caseFacts = caseFacts;
    this.policy = policy;
  }

  /** The offers the complaint's current level may make, within policy. */
  @GetMapping(path = "/api/complaints/{complaintId}/offers", produces = MediaType.APPLICATION_JSON_VALUE)
  public OffersView offers(@PathVariable String complaintId, Authentication user) {
    access.checkRead(complaintId, user);
    Integer level = complaints.get(complaintId).level();
    Optional<CaseFacts> facts = caseFacts.investigatedFacts(complaintId);
    if (level == null || facts.isEmpty()) {
      throw new ConflictException("Not yet at a level",
          "Complaint " + complaintId + " has not been investigated and triaged yet");
    }
    CaseFacts f = facts.get();
    return new OffersView(complaintId, level, caseFacts.currency(complaintId),
        policy.offers(f.category(), f.orderValue(), f.customerTier(), level, f.recurring()));
  }

  /** {@code currency}: the ISO 4217 code of every {@code maxAmount} (the order's currency). */
  public record OffersView(String complaintId, int level, String currency, List<Offer> offers) {}
}
