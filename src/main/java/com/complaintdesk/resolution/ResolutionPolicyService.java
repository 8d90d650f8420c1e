package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.decision.Decisions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Policy-compliant offers from DMN {@code resolution-policy}. Below level 4, refunds and replacements
 * never exceed what the customer paid; level 4 may go beyond it.
 */
@Service
public class ResolutionPolicyService {

  public static final int EXECUTIVE_LEVEL = 4;
  private static final Set<String> CAPPED_AT_ORDER_VALUE = Set.of("REFUND", "REPLACEMENT");

  private final Decisions decisions;

  public ResolutionPolicyService(Decisions decisions) {
    this.decisions = decisions;
  }

  public List<Offer> offers(Category category, BigDecimal orderValue, Tier customerTier, int level, boolean recurring) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("issueType", category.name());
    inputs.put("orderValue", orderValue == null ? 0.0 : orderValue.doubleValue());
    inputs.put("customerTier", customerTier.name());
    inputs.put("level", level);
    inputs.put("recurring", recurring);
    Map<String, BigDecimal> best = new LinkedHashMap<>();
    decisions.evaluate(EngineKeys.RESOLUTION_POLICY, inputs).forEach(row -> {
      String type = (String) row.get("offerType");
      BigDecimal max = BigDecimal.valueOf(((Number) row.get("maxAmount")).doubleValue());
      best.merge(type, max, BigDecimal::max);
    });
    boolean orderKnown = orderValue != null && orderValue.signum() > 0;
    return best.entrySet().stream()
        .map(e -> new Offer(e.getKey(), (level < EXECUTIVE_LEVEL && orderKnown && CAPPED_AT_ORDER_VALUE.contains(e.getKey()))
            ? e.getValue().min(orderValue) : e.getValue()))
        .map(o -> new Offer(o.type(), o.maxAmount().setScale(2, RoundingMode.HALF_UP)))
        .toList();
  }

  /** The offers as an agent's form lists them, each amount written by {@code money} ("REFUND up to €79.90"). */
  public static String summary(List<Offer> offers, java.util.function.Function<BigDecimal, String> money) {
    StringBuilder s = new StringBuilder();
    for (Offer offer : offers) {
      s.append(offer.type()).append(offer.maxAmount().signum() > 0 ? " up to " + money.apply(offer.maxAmount()) : "")
          .append('\n');
    }
    return s.toString().strip();
  }
}
