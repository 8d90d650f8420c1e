package com.complaintdesk.resolution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a supervisor's follow-up of a dissatisfied customer and stores it: a message is required, and a
 * goodwill gesture stays within what a supervisor (level 3) may offer for this complaint in DMN
 * {@code resolution-policy}.
 */
@Service
public class FollowUpService {

  static final Set<String> GOODWILL_TYPES = Set.of(FollowUp.NO_GOODWILL, "DISCOUNT", "REFUND", "REPLACEMENT");
  private static final int SUPERVISOR_LEVEL = 3;

  private final ResolutionPolicyService policy;
  private final CaseFactsService caseFacts;
  private final FollowUpRepository followUps;

  public FollowUpService(ResolutionPolicyService policy, CaseFactsService caseFacts, FollowUpRepository followUps) {
    this.policy = policy;
    this.caseFacts = caseFacts;
    this.followUps = followUps;
  }

  /** @return the stored follow-up's id; throws {@link ResolutionRejectedException} when it breaks policy */
  @Transactional
  public long decide(String complaintId, String taskId, FollowUp submitted, String decidedBy) {
    return followUps.save(complaintId, taskId, validate(complaintId, submitted), decidedBy);
  }

  FollowUp validate(String complaintId, FollowUp f) {
    String message = ResolutionValidator.requireText(f.message(), "followUpMessage", "the message to the customer",
        ResolutionValidator.MAX_MESSAGE);
    String type = f.goodwillType() == null ? FollowUp.NO_GOODWILL : f.goodwillType();
    if (!GOODWILL_TYPES.contains(type)) {
      throw new ResolutionRejectedException("goodwillType must be one of " + GOODWILL_TYPES.stream().sorted().toList()
          + ", not " + type);
    }
    BigDecimal amount = f.goodwillAmount() == null ? BigDecimal.ZERO : f.goodwillAmount();
    if (amount.signum() < 0) {
      throw new ResolutionRejectedException("goodwillAmount must not be negative");
    }
    if (FollowUp.NO_GOODWILL.equals(type)) {
      if (amount.signum() > 0) {
        throw new ResolutionRejectedException("goodwillAmount needs a goodwillType other than NONE");
      }
      return new FollowUp(message, type, BigDecimal.ZERO);
    }
    CaseFacts facts = caseFacts.facts(complaintId);
    List<Offer> offers = policy.offers(facts.category(), facts.orderValue(), facts.customerTier(), SUPERVISOR_LEVEL,
        facts.recurring());
    Offer offer = offers.stream().filter(o -> o.type().equals(type)).findFirst()
        .orElseThrow(() -> new ResolutionRejectedException("A goodwill " + type
            + " is beyond a supervisor's authority for this complaint; allowed: "
            + offers.stream().map(Offer::type).toList()));
    if (amount.compareTo(offer.maxAmount()) > 0) {
      throw new ResolutionRejectedException("A goodwill " + type + " of " + facts.amount(amount)
          + " is beyond a supervisor's authority (at most " + facts.amount(offer.maxAmount()) + ")");
    }
    return new FollowUp(message, type, amount);
  }
}
