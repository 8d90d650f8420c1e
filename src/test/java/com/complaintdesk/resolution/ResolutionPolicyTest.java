package com.complaintdesk.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.decision.ModelDecisions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolutionPolicyTest {

  static final ModelDecisions DECISIONS = new ModelDecisions();
  final ResolutionPolicyService policy = new ResolutionPolicyService(DECISIONS);
  final ResolutionValidator validator = new ResolutionValidator(policy);
  final CaseFacts kettle = new CaseFacts(Category.PRODUCT_DEFECT, new BigDecimal("79.90"), Tier.STANDARD, false);

  Map<String, BigDecimal> offers(CaseFacts facts, int level) {
    return policy.offers(facts.category(), facts.orderValue(), facts.customerTier(), level, facts.recurring()).stream()
        .collect(Collectors.toMap(Offer::type, Offer::maxAmount));
  }

  static ResolutionDecision resolved(String type, String amount) {
    return new ResolutionDecision("RESOLVED", type, new BigDecimal(amount), "Our answer", null, null, null);
  }

  @Test
  void theFrontLineOffersEveryTypeForADefectCappedAtWhatTheCustomerPaid() {
    assertThat(offers(kettle, 1)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "APOLOGY", new BigDecimal("0.00"), "REPLACEMENT", new BigDecimal("79.90"), "REPAIR", new BigDecimal("100.00"),
        "REFUND", new BigDecimal("79.90"), "DISCOUNT", new BigDecimal("20.00")));
  }

  @Test
  void serviceComplaintsGetNoReplacementOrRepair() {
    assertThat(offers(new CaseFacts(Category.SERVICE, BigDecimal.ZERO, Tier.STANDARD, false), 1))
        .containsOnlyKeys("APOLOGY", "REFUND", "DISCOUNT");
  }

  @Test
  void loyalCustomersAndRecurringProblemsGetMoreAtTheFrontLine() {
    var order = new BigDecimal("500");
    assertThat(offers(new CaseFacts(Category.BILLING, order, Tier.GOLD, false), 1).get("DISCOUNT")).isEqualByComparingTo("40");
    assertThat(offers(new CaseFacts(Category.BILLING, order, Tier.STANDARD, true), 1).get("REFUND")).isEqualByComparingTo("150");
  }

  @Test
  void limitsGrowWithTheLevelAndTheExecutiveOfficeMayExceedTheOrderValue() {
    var order = new BigDecimal("5000");
    var facts = new CaseFacts(Category.PRODUCT_DEFECT, order, Tier.STANDARD, false);
    List<BigDecimal> refunds = List.of(1, 2, 3, 4).stream().map(l -> offers(facts, l).get("REFUND")).toList();
    assertThat(refunds).isSortedAccordingTo(BigDecimal::compareTo);
    assertThat(offers(kettle, 4).get("REFUND")).as("beyond the order value").isEqualByComparingTo("5000");
  }

  @ParameterizedTest
  @CsvSource({"REPLACEMENT, 79.90", "REFUND, 50", "DISCOUNT, 20", "REPAIR, 100", "APOLOGY, 0"})
  void eachOfferTypeWithinAuthorityIsAccepted(String type, String amount) {
    assertThatCode(() -> validator.validate(1, kettle, resolved(type, amount))).doesNotThrowAnyException();
  }

  @Test
  void anOfferBeyondTheLevelsAuthorityIsRefusedWithAHint() {
    assertThatThrownBy(() -> validator.validate(1, kettle, resolved("DISCOUNT", "25")))
        .isInstanceOf(ResolutionRejectedException.class)
        .hasMessage("Offer DISCOUNT of 25 EUR is beyond level 1 authority (at most 20.00 EUR); "
            + "refer the complaint to an expert or a supervisor instead");
  }

  @Test
  void anOfferTypeThePolicyDoesNotAllowIsRefused() {
    var service = new CaseFacts(Category.SERVICE, BigDecimal.TEN, Tier.STANDARD, false);
    assertThatThrownBy(() -> validator.validate(1, service, resolved("REPLACEMENT", "5")))
        .hasMessageContaining("resolutionType REPLACEMENT is not allowed at level 1");
  }

  @Test
  void supervisorsMustApologiseAndExplain() {
    assertThatThrownBy(() -> validator.validate(3, kettle, resolved("REFUND", "79.90")))
        .hasMessageStartingWith("apology is required");
    assertThatCode(() -> validator.validate(3, kettle, new ResolutionDecision("RESOLVED", "REFUND",
        new BigDecimal("79.90"), "Refunded", "We are sorry.", "A faulty thermostat batch.", null)))
        .doesNotThrowAnyException();
  }

  @Test
  void theExecutiveOfficeMustGoBeyondWhatLevelThreeCouldOffer() {
    var apologised = new ResolutionDecision("RESOLVED", "REFUND", new BigDecimal("79.90"), "Refunded",
        "We are sorry.", "Explained.", null);
    assertThatThrownBy(() -> validator.validate(4, kettle, apologised)).hasMessageContaining("must go beyond");
    var beyond = new ResolutionDecision("RESOLVED", "REFUND", new BigDecimal("150"), "Refund and goodwill",
        "We are sorry.", "Explained.", null);
    assertThatCode(() -> validator.validate(4, kettle, beyond)).doesNotThrowAnyException();
  }

  @Test
  void outcomesDependOnTheLevel() {
    assertThatThrownBy(() -> validator.validate(3, kettle,
        new ResolutionDecision("REFER_TO_EXPERT", null, null, null, null, null, null)))
        .hasMessageContaining("outcome must be one of [RESOLVED, NOT_UPHELD, REFER_TO_EXECUTIVE_OFFICE, NEED_INFORMATION, ASK_DEPARTMENT] at level 3");
    assertThatThrownBy(() -> validator.validate(1, kettle,
        new ResolutionDecision("NEED_INFORMATION", null, null, null, null, null, " ")))
        .hasMessageStartingWith("informationRequest is required");
    assertThatCode(() -> validator.validate(2, kettle,
        new ResolutionDecision("REFER_TO_SUPERVISOR", null, null, null, null, null, null)))
        .doesNotThrowAnyException();
  }

  /** Issue 22, case 1: any level may decide that a complaint is not upheld, always with its reasons. */
  @Test
  void aComplaintNotUpheldNeedsItsReasonsAndCarriesNoOffer() {
    for (int level = 1; level <= 4; level++) {
      int at = level;
      assertThatThrownBy(() -> validator.validate(at, kettle,
          new ResolutionDecision("NOT_UPHELD", null, null, " ", null, null, null)))
          .hasMessageStartingWith("customerMessage is required: the reasons for the decision");
      ResolutionDecision stored = validator.validate(at, kettle, new ResolutionDecision("NOT_UPHELD", "REFUND",
          new BigDecimal("500"), "The kettle works as specified.", null, null, "a stray question"));
      assertThat(stored).isEqualTo(new ResolutionDecision("NOT_UPHELD", null, null, "The kettle works as specified.",
          null, null, null));
    }
    assertThatThrownBy(() -> validator.validate(3, kettle, new ResolutionDecision("NOT_UPHELD", null, null,
        "Reasons.", "x".repeat(ResolutionValidator.MAX_APOLOGY + 1), null, null)))
        .hasMessageStartingWith("apology must be at most");
  }
}
