package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.complaint.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's page and data: breaches and satisfaction by day, what is overdue now; supervisors and admin only. */
class DashboardApiTest extends AppTestSupport {

  static final String MAY_2020 = "/api/reports/dashboard?from=2020-05-01&to=2020-05-31";

  @Test
  void breachesAndSatisfactionByDayAndTheOverdueComplaintsEarliestFirst() {
    complaint("D1", "IN_RESOLUTION", 1, "2020-05-02T09:00:00Z");
    complaint("D2", "IN_RESOLUTION", 3, "2020-05-01T09:00:00Z");
    complaint("D3", "AWAITING_CUSTOMER", 2, "2020-05-01T08:00:00Z");
    complaint("D4", "CLOSED", 1, "2020-05-01T07:00:00Z");
    complaint("D5", "IN_RESOLUTION", 2, Instant.now().plusSeconds(3600).toString());
    breach("D1", "2020-05-02T10:00:00Z");
    breach("D2", "2020-05-02T11:00:00Z");
    breach("D3", "2020-05-04T10:00:00Z");
    breach("D3", "2020-06-01T10:00:00Z");
    answer("D1", 5, "2020-05-03T12:00:00Z");
    answer("D2", 2, "2020-05-03T13:00:00Z");
    answer("D4", 4, "2020-05-05T12:00:00Z");
    answer("D5", 1, "2020-04-30T12:00:00Z");

    Response response = get(MAY_2020, "sam");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode dashboard = response.json();
    assertThat(dashboard.get("breachesPerDay").toString())
        .isEqualTo("[{\"day\":\"2020-05-02\",\"breaches\":2},{\"day\":\"2020-05-04\",\"breaches\":1}]");
    assertThat(dashboard.get("satisfactionPerDay").toString()).isEqualTo(
        "[{\"day\":\"2020-05-03\",\"averageScore\":3.5,\"answers\":2},{\"day\":\"2020-05-05\",\"averageScore\":4.0,\"answers\":1}]");
    JsonNode overdue = dashboard.get("overdue");
    assertThat(overdue.get("count").asLong()).as("at a level with the clock running, deadline passed").isEqualTo(2);
    assertThat(overdue.get("earliest").get(0).get("complaintId").asText()).isEqualTo("D2");
    assertThat(overdue.get("earliest").get(0).get("level").asInt()).isEqualTo(3);
    assertThat(overdue.get("earliest").get(0).get("levelDueAt").asText()).isEqualTo("2020-05-01T09:00:00Z");
    assertThat(overdue.get("earliest").get(1).get("complaintId").asText()).isEqualTo("D1");
  }

  @Test
  void thePageIsServedFromTheJarWithChartJs() {
    Response page = get("/dashboard", "sam");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<canvas id=\"chart-funnel\"", "/webjars/chart.js/dist/chart.umd.js",
        "/dashboard/dashboard.js");
    assertThat(get("/webjars/chart.js/dist/chart.umd.js", null).body()).contains("Chart.js v4");
    assertThat(get("/dashboard/dashboard.js", "admin").status()).isEqualTo(200);
  }

  @Test
  void onlySupervisorsAndAdminSeeTheDashboard() {
    for (String path : List.of("/dashboard", "/dashboard/dashboard.js", MAY_2020)) {
      assertThat(get(path, "admin").status()).as(path).isEqualTo(200);
      assertThat(get(path, "sam").status()).as(path).isEqualTo(200);
      for (String user : List.of("carla", "ed", "erin", "quinn", "olga", "webchannel")) {
        assertThat(get(path, user).status()).as(path + " as " + user).isEqualTo(403);
      }
      assertThat(get(path, null).status()).as(path).isEqualTo(401);
    }
  }

  private void complaint(String id, String status, int level, String dueAt) {
    jdbc.sql("""
            INSERT INTO complaint (id, customer_id, customer_email, product_sku, category, channel, severity, regulatory,
              description, status, escalation_level, level_due_at, created_at, updated_at)
            VALUES (?, 'C-1001', 'dana@example.com', 'SKU-KETTLE-2', 'PRODUCT_DEFECT', 'EMAIL', 'MEDIUM', FALSE,
              'dashboard data set', ?, ?, ?, ?, ?)
            """)
        .params(id, status, level, at(dueAt), at("2020-05-01T00:00:00Z"), at("2020-05-01T00:00:00Z")).update();
  }

  private void breach(String id, String raisedAt) {
    jdbc.sql("INSERT INTO complaint_alert (complaint_id, kind, escalation_level, due_at, raised_at)"
        + " VALUES (?, 'BREACH', 1, ?, ?)").params(id, at(raisedAt), at(raisedAt)).update();
  }

  private void answer(String id, int score, String answeredAt) {
    jdbc.sql("INSERT INTO survey (token, complaint_id, sent_at, status, answered_at, score)"
        + " VALUES (?, ?, ?, 'ANSWERED', ?, ?)").params("token-" + id, id, at(answeredAt), at(answeredAt), score)
        .update();
  }

  private static java.sql.Timestamp at(String instant) {
    return Timestamps.of(Instant.parse(instant));
  }
}
