package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReportingApiTest extends AppTestSupport {

  @Test
  void levelFourIsReportedSeparatelyWithHowCustomersGotThere() {
    JsonNode before = get("/api/reports/escalations", "sam").json();
    String id = submitAndSettle(KETTLE_COMPLAINT);
    event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"CONSUMER_BODY\"}");
    runDueJobs();
    JsonNode after = get("/api/reports/escalations", "sam").json();
    assertThat(after.get("complaints").asLong()).isEqualTo(before.get("complaints").asLong() + 1);
    assertThat(after.get("level4").get("complaints").asLong())
        .isEqualTo(before.get("level4").get("complaints").asLong() + 1);
    assertThat(after.get("level4").get("byReason").get("CUSTOMER_SELF_ESCALATED").asLong()).isPositive();
    assertThat(after.get("level4").get("selfEscalationChannels").get("CONSUMER_BODY").asLong()).isPositive();
    assertThat(after.get("level4").get("shareOfAllComplaints").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void theApiIsDescribedForIntegrators() {
    assertThat(get("/v3/api-docs", null).status()).as("behind login").isEqualTo(401);
    Response docs = get("/v3/api-docs", "carla");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").fieldNames()).toIterable()
        .contains("/api/complaints", "/api/complaints/{complaintId}", "/api/complaints/{complaintId}/events",
            "/api/complaints/{complaintId}/offers", "/api/surveys/{token}", "/api/reports/escalations");
  }
}
