package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, case 2: "recurring" says for whom. A BILLING double charge is not recurring because another customer
 * filed a SAFETY complaint about the same product: recurrence is the same category, by this customer or about this
 * product, each counted.
 */
class RecurrenceApiTest extends AppTestSupport {

  @Test
  void recurrenceIsTheSameCategoryForThisCustomerOrForThisProduct() {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    String sku = "SKU-REC-" + run;
    String safety = submitAndSettle(complaint("C-RA-" + run, sku, "SAFETY"));
    assertThat(recurrence(safety)).isEqualTo("false 0 0");

    String firstBilling = submitAndSettle(complaint("C-RB-" + run, sku, "BILLING"));
    assertThat(recurrence(firstBilling)).as("another customer's SAFETY complaint is another problem")
        .isEqualTo("false 0 0");

    String secondBilling = submitAndSettle(complaint("C-RB-" + run, sku, "BILLING"));
    assertThat(recurrence(secondBilling)).isEqualTo("true 1 1");

    String otherCustomer = submitAndSettle(complaint("C-RC-" + run, sku, "BILLING"));
    assertThat(recurrence(otherCustomer)).as("for the product, not for this customer").isEqualTo("true 0 2");
    assertThat(complaint(otherCustomer).at("/investigation/summary").asText())
        .contains("RECURRING for this product: 2 complaint(s) of this category");
    String form = formVariables(openTask(otherCustomer).getId(), "carla").at("/recurrence/value").asText();
    assertThat(form).startsWith("RECURRING for this product: 2").doesNotContain("for this customer");
    assertThat(formVariables(openTask(secondBilling).getId(), "carla").at("/recurrence/value").asText())
        .startsWith("RECURRING for this customer: 1 earlier complaint(s) of this category; for this product: 1");
  }

  private String recurrence(String complaintId) {
    JsonNode investigation = complaint(complaintId).get("investigation");
    return investigation.get("recurring").asBoolean() + " " + investigation.get("recurringForCustomer").asInt() + " "
        + investigation.get("recurringForProduct").asInt();
  }

  private static String complaint(String customerId, String sku, String category) {
    return KETTLE_COMPLAINT.replace("C-1001", customerId).replace("SKU-KETTLE-2", sku)
        .replace("PRODUCT_DEFECT", category).replace("\"orderId\":\"O-5001\",", "");
  }
}
