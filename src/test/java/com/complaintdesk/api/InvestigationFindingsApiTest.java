package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, case 3: unknown data is a finding, and the offer limits never come from a whole order for a product on
 * it, nor from an order the product is not on. Demo data: O-5002 (C-1002, 288.00 EUR) holds a toaster (59.00) and a
 * headset (229.00); the kettle costs 79.90.
 */
class InvestigationFindingsApiTest extends AppTestSupport {

  @Test
  void anUnknownCustomerAndAnUnknownOrderAreFindings() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-NOBODY").replace("O-5001", "O-NOPE"));
    JsonNode investigation = complaint(id).get("investigation");

    assertThat(findings(investigation)).containsExactly("CUSTOMER_UNKNOWN", "ORDER_UNKNOWN");
    assertThat(investigation.get("customerTier").asText()).isEqualTo("STANDARD");
    assertThat(investigation.get("summary").asText()).contains("Customer C-NOBODY is not in the customer records")
        .contains("Order O-NOPE was not found");
    assertThat(investigation.get("offerBase").decimalValue()).as("the kettle's price")
        .isEqualByComparingTo(new BigDecimal("79.90"));
  }

  @Test
  void aProductNotOnTheOrderIsAFindingAndTheOffersFollowItsPriceNotTheOrderTotal() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1002").replace("O-5001", "O-5002"));
    JsonNode investigation = complaint(id).get("investigation");

    assertThat(findings(investigation)).containsExactly("PRODUCT_NOT_ON_ORDER");
    assertThat(investigation.get("summary").asText()).contains("Product SKU-KETTLE-2 is not on order O-5002")
        .contains("Offers are measured against the product's price, 79.90 EUR");
    assertThat(investigation.get("offerBase").decimalValue()).isEqualByComparingTo(new BigDecimal("79.90"));
    assertThat(maxRefund(id)).as("never the order's 288.00").isLessThanOrEqualTo(new BigDecimal("79.90"));
  }

  @Test
  void aProductOnAnOrderOfSeveralIsMeasuredByItsOwnLine() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1002").replace("O-5001", "O-5002")
        .replace("SKU-KETTLE-2", "SKU-TOASTER-4"));
    JsonNode investigation = complaint(id).get("investigation");

    assertThat(findings(investigation)).isEmpty();
    assertThat(investigation.get("offerBase").decimalValue()).isEqualByComparingTo(new BigDecimal("59.00"));
    assertThat(maxRefund(id)).isLessThanOrEqualTo(new BigDecimal("59.00"));
  }

  private BigDecimal maxRefund(String id) {
    for (JsonNode offer : get("/api/complaints/" + id + "/offers", "carla").json().get("offers")) {
      if (offer.get("type").asText().equals("REFUND")) {
        return offer.get("maxAmount").decimalValue();
      }
    }
    throw new AssertionError("no refund offered for " + id);
  }

  private static List<String> findings(JsonNode investigation) {
    List<String> findings = new ArrayList<>();
    investigation.get("findings").forEach(f -> findings.add(f.asText()));
    return findings;
  }
}
