package com.complaintdesk.resolution;

import com.complaintdesk.validation.TextRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The server-side check of a level's decision: the outcome fits the level, the offer is within the
 * level's authority, supervisors apologise and explain, and the executive office goes beyond level 3; a
 * complaint not upheld carries its reasons.
 * Returns the decision as it will be stored and carried out: only the fields its outcome uses.
 */
@Service
public class ResolutionValidator {

  public static final int MAX_MESSAGE = 5000;
  public static final int MAX_APOLOGY = 2000;
  public static final int MAX_EXPLANATION = 4000;
  public static final int MAX_INFORMATION_REQUEST = 2000;

  private final ResolutionPolicyService policy;

  public ResolutionValidator(ResolutionPolicyService policy) {
    this.policy = policy;
  }

  public ResolutionDecision validate(int level, CaseFacts facts, ResolutionDecision d) {
    Outcome outcome = parseOutcome(level, d.outcome());
    return switch (outcome) {
      case NEED_INFORMATION -> new ResolutionDecision(outcome.name(), null, null, null, null, null,
          requireText(d.informationRequest(), "informationRequest", "the question to ask the customer",
              MAX_INFORMATION_REQUEST));
      case RESOLVED -> validateResolution(level, facts, d);
      case NOT_UPHELD -> new ResolutionDecision(outcome.name(), null, null,
          requireText(d.customerMessage(), "customerMessage",
              "the reasons for the decision, as the customer will read them", MAX_MESSAGE),
          optionalText(d.apology(), "apology", MAX_APOLOGY), optionalText(d.explanation(), "explanation",
              MAX_EXPLANATION), null);
      case REFER_TO_EXECUTIVE_OFFICE -> new ResolutionDecision(outcome.name(), null, null, null, null,
          requireText(d.explanation(), "referralReason", "why the executive office should decide", MAX_EXPLANATION),
          null);
      default -> new ResolutionDecision(outcome.name(), null, null, null, null, null, null);
    };
  }

  private Outcome parseOutcome(int level, String value) {
    List<Outcome> allowed = Outcome.allowedAt(level);
    Optional<Outcome> outcome = allowed.stream().filter(o -> o.name().equals(value)).findFirst();
    return outcome.orElseThrow(() -> new ResolutionRejectedException(
        "outcome must be one of " + allowed + " at level " + level + (value == null ? "" : ", not " + value)));
  }

  private ResolutionDecision validateResolution(int level, CaseFacts facts, ResolutionDecision d) {
    String message = requireText(d.customerMessage(), "customerMessage", "the message to the customer", MAX_MESSAGE);
    String apology = null;
    String explanation = null;
    if (level >= 3) {
      apology = requireText(d.apology(), "apology", "an apology to the customer", MAX_APOLOGY);
      explanation = requireText(d.explanation(), "explanation", "an explanation of what went wrong", MAX_EXPLANATION);
    }
    BigDecimal amount = d.resolutionAmount() == null ? BigDecimal.ZERO : d.resolutionAmount();
    if (amount.signum() < 0) {
      throw new ResolutionRejectedException("resolutionAmount must not be negative");
    }
    List<Offer> offers = policy.offers(facts.category(), facts.orderValue(), facts.customerTier(), level,
        facts.recurring());
    Offer offer = offers.stream().filter(o -> o.type().equals(d.resolutionType())).findFirst()
        .orElseThrow(() -> new ResolutionRejectedException("resolutionType " + d.resolutionType()
            + " is not allowed at level " + level + " for this complaint; allowed: "
            + offers.stream().map(Offer::type).toList()));
    if (amount.compareTo(offer.maxAmount()) > 0) {
      throw new ResolutionRejectedException("Offer " + offer.type() + " of " + facts.amount(amount) + " is beyond level "
          + level + " authority (at most " + facts.amount(offer.maxAmount()) + ")" + referUpHint(level));
    }
    if (level >= ResolutionPolicyService.EXECUTIVE_LEVEL) {
      requireBeyondLevel3(facts, offer.type(), amount);
    }
    return new ResolutionDecision(Outcome.RESOLVED.name(), offer.type(), amount, message, apology, explanation, null);
  }

  private void requireBeyondLevel3(CaseFacts facts, String type, BigDecimal amount) {
    BigDecimal level3Limit = policy.offers(facts.category(), facts.orderValue(), facts.customerTier(), 3,
            facts.recurring()).stream()
        .filter(o -> o.type().equals(type)).map(Offer::maxAmount).findFirst().orElse(BigDecimal.ZERO);
    if ("APOLOGY".equals(type) || amount.compareTo(level3Limit) <= 0) {
      throw new ResolutionRejectedException("A level 4 answer must go beyond what level 3 could offer: "
          + type + " of " + facts.amount(amount) + " is within level 3 authority (up to " + facts.amount(level3Limit)
          + ")");
    }
  }

  private static String referUpHint(int level) {
    return switch (level) {
      case 1 -> "; refer the complaint to an expert or a supervisor instead";
      case 2 -> "; refer the complaint to a supervisor instead";
      default -> "";
    };
  }

  private static String optionalText(String value, String field, int max) {
    return value == null || !TextRules.hasText(value) ? null : requireText(value, field, "", max);
  }

  /** Required free text of at most {@code max} characters, as a person would type it. */
  public static String requireText(String value, String field, String what, int max) {
    TextRules.requiredTextProblem(value, field, what, max).ifPresent(problem -> {
      throw new ResolutionRejectedException(problem);
    });
    return value;
  }
}
