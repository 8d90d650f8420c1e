package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, case 4: a breach can be found after it happened (the complaint moved on to the next level with a new
 * deadline, so it is not overdue), and a complaint at risk before; the list, the complaint view and the dashboard use
 * the same definitions as the staff's mails (the BREACH alert is the "OVERDUE" mail, the REMINDER alert the reminder).
 */
class BreachesAndRiskApiTest extends AppTestSupport {

  @Test
  void aComplaintWhoseLevelOneDeadlinePassedIsBreachedAtLevelTwoButNotOverdue() {
    long breachedBefore = dashboard().at("/standing/breachedOpen").asLong();
    String id = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");

    JsonNode view = complaint(id);
    assertThat(view.get("level").asInt()).isEqualTo(2);
    assertThat(view.get("overdue").asBoolean()).as("level 2 has a new deadline").isFalse();
    assertThat(view.get("breached").asBoolean()).isTrue();
    assertThat(view.get("breachedLevels").toString()).isEqualTo("[1]");
    assertThat(view.get("atRisk").asBoolean()).isFalse();

    assertThat(ids("breached=true")).contains(id);
    assertThat(ids("breached=false")).doesNotContain(id);
    assertThat(ids("overdue=true")).doesNotContain(id);
    JsonNode row = row("breached=true", id);
    assertThat(row.get("breachedLevels").toString()).isEqualTo("[1]");
    assertThat(dashboard().at("/standing/breachedOpen").asLong()).isEqualTo(breachedBefore + 1);
  }

  @Test
  void aComplaintWhoseReminderWentOutIsAtRiskUntilItsDeadlinePasses() {
    long atRiskBefore = dashboard().at("/standing/atRisk").asLong();
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(ids("atRisk=true")).doesNotContain(id);

    fireTimer(id, "BoundaryEvent_Level1DeadlineNear");

    JsonNode view = complaint(id);
    assertThat(view.get("atRisk").asBoolean()).isTrue();
    assertThat(view.get("breached").asBoolean()).isFalse();
    assertThat(ids("atRisk=true")).contains(id);
    assertThat(ids("atRisk=true&breached=false")).contains(id);
    assertThat(dashboard().at("/standing/atRisk").asLong()).isEqualTo(atRiskBefore + 1);

    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");

    assertThat(ids("atRisk=true")).as("at level 2 no reminder went out yet").doesNotContain(id);
    assertThat(ids("breached=true")).contains(id);
  }

  @Test
  void theNewFiltersTakeTrueOrFalseOnly() {
    assertThat(get("/api/complaints?breached=maybe", "sam").status()).isEqualTo(400);
    assertThat(get("/api/complaints?atRisk=1", "sam").status()).isEqualTo(400);
  }

  private JsonNode dashboard() {
    return get("/api/reports/dashboard", "sam").json();
  }

  private List<String> ids(String filter) {
    JsonNode page = get("/api/complaints?size=100&" + filter, "sam").json();
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private JsonNode row(String filter, String id) {
    for (JsonNode item : get("/api/complaints?size=100&" + filter, "sam").json().get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " not listed with " + filter);
  }
}
