package com.complaintdesk.reporting;

import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.testsupport.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.complaintdesk.complaint.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's KPIs (GET /api/reports/escalations?from=&to=) on a known data set: exact numbers per field,
 * and only the complaints received in the period.
 */
@org.junit.jupiter.api.Tag(AppTestSupport.OWN_CONTEXT)
@org.springframework.test.annotation.DirtiesContext
class KpiReportApiTest extends AppTestSupport {

  static final String MARCH_2020 = "/api/reports/escalations?from=2020-03-01&to=2020-03-31";
  static final String KETTLE = "SKU-KETTLE-2";
  static final String TOASTER = "SKU-TOASTER-1";

  @Test
  void reportsTheKpisOfTheComplaintsReceivedInThePeriod() {
    // just outside the period on either side: never counted
    complaint("K0", "2020-02-29T23:59:59Z", TOASTER, "DELIVERY", 4);
    resolution("K0", 4, "2020-03-02T00:00:00Z");
    alert("K0", "BREACH", 4, "2020-03-01T12:00:00Z");
    survey("K0", 5);
    complaint("K7", "2020-04-01T00:00:00Z", KETTLE, "PRODUCT_DEFECT", 1);
    resolution("K7", 1, "2020-04-01T01:00:00Z");

    complaint("K1", "2020-03-01T00:00:00Z", KETTLE, "PRODUCT_DEFECT", 1);
    resolution("K1", 1, "2020-03-01T02:00:00Z");
    survey("K1", 5);
    complaint("K2", "2020-03-03T10:00:00Z", KETTLE, "PRODUCT_DEFECT", 1);
    resolution("K2", 1, "2020-03-03T14:00:00Z");
    survey("K2", 3);
    complaint("K3", "2020-03-04T10:00:00Z", KETTLE, "PRODUCT_DEFECT", 2);
    step("K3", 1, 2, "DEADLINE_PASSED");
    alert("K3", "REMINDER", 1, "2020-03-04T15:00:00Z");
    alert("K3", "BREACH", 1, "2020-03-04T17:00:00Z");
    resolution("K3", 2, "2020-03-04T20:00:00Z");
    survey("K3", null);
    complaint("K4", "2020-03-05T10:00:00Z", TOASTER, "DELIVERY", 3);
    step("K4", 1, 3, "REFER_TO_SUPERVISOR");
    alert("K4", "REMINDER", 3, "2020-03-05T18:00:00Z");
    resolution("K4", 3, "2020-03-06T06:00:00Z");
    complaint("K5", "2020-03-06T10:00:00Z", TOASTER, "DELIVERY", 4);
    step("K5", 1, 4, "CUSTOMER_SELF_ESCALATED");
    selfEscalation("K5", "REGULATOR");
    alert("K5", "BREACH", 4, "2020-03-07T18:00:00Z");
    resolution("K5", 4, "2020-03-08T02:00:00Z");
    survey("K5", 1);
    complaint("K6", "2020-03-31T23:59:59Z", null, "BILLING", 1);

    Response response = get(MARCH_2020, "sam");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode kpi = response.json();
    assertThat(kpi.at("/period/from").asText()).isEqualTo("2020-03-01T00:00:00Z");
    assertThat(kpi.at("/period/to").asText()).as("a date as 'to' includes the day").isEqualTo("2020-04-01T00:00:00Z");
    assertThat(kpi.get("received").asLong()).isEqualTo(6);
    assertThat(kpi.get("complaints").asLong()).isEqualTo(6);
    assertThat(kpi.get("highestLevelReached").toString()).isEqualTo("{\"1\":3,\"2\":1,\"3\":1,\"4\":1}");
    assertThat(kpi.get("escalationsByReason").toString())
        .isEqualTo("{\"CUSTOMER_SELF_ESCALATED\":1,\"DEADLINE_PASSED\":1,\"REFER_TO_SUPERVISOR\":1}");
    assertThat(kpi.at("/level4/complaints").asLong()).isEqualTo(1);
    assertThat(kpi.at("/level4/shareOfAllComplaints").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(kpi.at("/level4/byReason").toString()).isEqualTo("{\"CUSTOMER_SELF_ESCALATED\":1}");
    assertThat(kpi.at("/level4/selfEscalationChannels").toString()).isEqualTo("{\"REGULATOR\":1}");
    assertThat(kpi.get("resolved").asLong()).isEqualTo(5);
    assertThat(kpi.get("resolvedByLevel").toString()).isEqualTo("{\"1\":2,\"2\":1,\"3\":1,\"4\":1}");
    assertThat(kpi.get("firstContactResolutionRate").asDouble()).isEqualTo(0.4);
    assertThat(kpi.get("level4Rate").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(kpi.get("breachesByLevel").toString()).isEqualTo("{\"1\":1,\"4\":1}");
    assertThat(kpi.get("remindersSent").asLong()).isEqualTo(2);

    // resolved after 2, 4, 10, 20 and 40 hours
    JsonNode overall = kpi.at("/timeToResolution/overall");
    assertThat(overall.get("resolved").asLong()).isEqualTo(5);
    assertThat(overall.get("medianSeconds").asDouble()).isEqualTo(hours(10));
    assertThat(overall.get("p90Seconds").asDouble()).as("interpolated: 20 h + 0.6 × 20 h").isEqualTo(hours(32));
    JsonNode level1 = kpi.at("/timeToResolution/byLevel/1");
    assertThat(level1.get("resolved").asLong()).isEqualTo(2);
    assertThat(level1.get("medianSeconds").asDouble()).isEqualTo(hours(3));
    assertThat(level1.get("p90Seconds").asDouble()).isCloseTo(hours(3.8), within(1e-6));
    assertThat(kpi.at("/timeToResolution/byLevel/2/medianSeconds").asDouble()).isEqualTo(hours(10));
    assertThat(kpi.at("/timeToResolution/byLevel/3/medianSeconds").asDouble()).isEqualTo(hours(20));
    assertThat(kpi.at("/timeToResolution/byLevel/4/p90Seconds").asDouble()).isEqualTo(hours(40));

    JsonNode satisfaction = kpi.get("satisfaction");
    assertThat(satisfaction.get("surveysSent").asLong()).isEqualTo(4);
    assertThat(satisfaction.get("surveysAnswered").asLong()).isEqualTo(3);
    assertThat(satisfaction.get("responseRate").asDouble()).isEqualTo(0.75);
    assertThat(satisfaction.get("averageScore").asDouble()).isEqualTo(3.0);

    assertThat(issues(kpi)).as("causes of two complaints or more").containsExactly(KETTLE + "/PRODUCT_DEFECT=3",
        TOASTER + "/DELIVERY=2");
    assertThat(kpi.get("wereAtLevel").toString()).isEqualTo("{\"1\":6,\"2\":1,\"3\":1,\"4\":1}");

    // instants work too: only K1 and K2
    JsonNode firstDays = get("/api/reports/escalations?from=2020-03-01T00:00:00Z&to=2020-03-04T00:00:00Z", "admin")
        .json();
    assertThat(firstDays.get("received").asLong()).isEqualTo(2);
    assertThat(firstDays.get("firstContactResolutionRate").asDouble()).isEqualTo(1.0);
    assertThat(firstDays.at("/satisfaction/averageScore").asDouble()).isEqualTo(4.0);
    assertThat(firstDays.get("breachesByLevel").toString()).isEqualTo("{}");
  }

  /**
   * Issue 23, case 5: triage may start a complaint at level 2 or 3, and a customer may send the same self-escalation
   * twice; the funnel counts only the levels a complaint was at, and a repeated event counts nowhere.
   */
  @Test
  void complaintsThatStartHigherAndRepeatedSelfEscalationsAreCountedOnce() {
    complaint("M1", "2020-05-04T10:00:00Z", KETTLE, "SAFETY", 2, 2);
    complaint("M2", "2020-05-05T10:00:00Z", KETTLE, "SAFETY", 3, 3);
    complaint("M3", "2020-05-06T10:00:00Z", TOASTER, "DELIVERY", 4, 3);
    step("M3", 3, 4, "CUSTOMER_SELF_ESCALATED");
    selfEscalation("M3", "SOCIAL_MEDIA");
    selfEscalation("M3", "REGULATOR");
    complaint("M4", "2020-05-07T10:00:00Z", TOASTER, "BILLING", 1);

    JsonNode kpi = get("/api/reports/escalations?from=2020-05-01&to=2020-05-31", "sam").json();

    assertThat(kpi.get("received").asLong()).isEqualTo(4);
    assertThat(kpi.get("highestLevelReached").toString()).isEqualTo("{\"1\":1,\"2\":1,\"3\":1,\"4\":1}");
    assertThat(kpi.get("wereAtLevel").toString()).as("M1 and M2 were never at level 1")
        .isEqualTo("{\"1\":1,\"2\":1,\"3\":2,\"4\":1}");
    assertThat(kpi.at("/level4/byReason").toString()).isEqualTo("{\"CUSTOMER_SELF_ESCALATED\":1}");
    assertThat(kpi.at("/level4/selfEscalationChannels").toString()).as("the first self-escalation, once")
        .isEqualTo("{\"SOCIAL_MEDIA\":1}");
    assertThat(kpi.get("escalationsByReason").toString()).isEqualTo("{\"CUSTOMER_SELF_ESCALATED\":1}");
    assertThat(issues(kpi)).containsExactly(KETTLE + "/SAFETY=2");
  }

  @Test
  void anEmptyPeriodReportsZerosNotErrors() {
    JsonNode kpi = get("/api/reports/escalations?from=2001-01-01&to=2001-01-31", "sam").json();
    assertThat(kpi.get("received").asLong()).isZero();
    assertThat(kpi.get("firstContactResolutionRate").asDouble()).isZero();
    assertThat(kpi.at("/timeToResolution/overall/resolved").asLong()).isZero();
    assertThat(kpi.at("/timeToResolution/overall").has("medianSeconds")).isFalse();
    assertThat(kpi.at("/satisfaction/responseRate").asDouble()).isZero();
    assertThat(kpi.get("topIssues")).isEmpty();
  }

  @Test
  void complaintsWorkedThroughTheProcessAreCountedInTheLast30DaysByDefault() {
    String resolved = surveyed();
    assertThat(post("/api/surveys/" + surveyToken(resolved), null, "{\"score\":4}").status()).isEqualTo(204);
    runDueJobs();
    String late = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(late, "BoundaryEvent_Level1DeadlineNear");
    fireTimer(late, "BoundaryEvent_Level1DeadlinePassed");

    JsonNode kpi = get("/api/reports/escalations", "admin").json();
    Instant from = Instant.parse(kpi.at("/period/from").asText());
    Instant to = Instant.parse(kpi.at("/period/to").asText());
    assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(30));
    assertThat(to).isBetween(Instant.now().minusSeconds(60), Instant.now());
    assertThat(kpi.get("received").asLong()).isEqualTo(2);
    assertThat(kpi.get("highestLevelReached").toString()).isEqualTo("{\"1\":1,\"2\":1}");
    assertThat(kpi.get("escalationsByReason").toString()).isEqualTo("{\"DEADLINE_PASSED\":1}");
    assertThat(kpi.get("resolvedByLevel").toString()).isEqualTo("{\"1\":1}");
    assertThat(kpi.get("firstContactResolutionRate").asDouble()).isEqualTo(1.0);
    assertThat(kpi.get("breachesByLevel").toString()).isEqualTo("{\"1\":1}");
    assertThat(kpi.get("remindersSent").asLong()).isEqualTo(1);
    assertThat(kpi.at("/satisfaction/surveysSent").asLong()).isEqualTo(1);
    assertThat(kpi.at("/satisfaction/averageScore").asDouble()).isEqualTo(4.0);
    assertThat(issues(kpi)).containsExactly(KETTLE + "/PRODUCT_DEFECT=2");
    assertThat(kpi.at("/timeToResolution/overall/resolved").asLong()).isEqualTo(1);
  }

  @Test
  void aPeriodWrittenWronglyIsA400ProblemDocument() {
    for (String query : List.of("from=2020-03-31&to=2020-03-01", "from=yesterday", "to=2020-13-01",
        "from=2020-03-01T00:00:00")) {
      Response response = get("/api/reports/escalations?" + query, "sam");
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("title").asText()).isEqualTo("Invalid report period");
      assertThat(response.json().get("detail").asText()).isNotBlank();
    }
  }

  @Test
  void onlySupervisorsAndAdminReadTheKpis() {
    assertThat(get(MARCH_2020, "admin").status()).isEqualTo(200);
    assertThat(get(MARCH_2020, "sam").status()).isEqualTo(200);
    for (String user : List.of("carla", "ed", "erin", "quinn", "olga", "webchannel")) {
      assertThat(get(MARCH_2020, user).status()).as(user).isEqualTo(403);
    }
    assertThat(get(MARCH_2020, null).status()).isEqualTo(401);
  }

  private static double hours(double h) {
    return h * 3600;
  }

  private static List<String> issues(JsonNode kpi) {
    List<String> issues = new ArrayList<>();
    kpi.get("topIssues").forEach(i -> issues.add(
        (i.has("productSku") ? i.get("productSku").asText() : "null") + "/" + i.get("category").asText() + "="
            + i.get("complaints").asLong()));
    return issues;
  }

  private void complaint(String id, String createdAt, String sku, String category, int level) {
    complaint(id, createdAt, sku, category, level, 1);
  }

  /** {@code startLevel}: the level triage started it at (its first escalation step). */
  private void complaint(String id, String createdAt, String sku, String category, int level, int startLevel) {
    jdbc.sql("""
            INSERT INTO complaint (id, customer_id, customer_email, product_sku, category, channel, severity, regulatory,
              description, status, escalation_level, created_at, updated_at)
            VALUES (?, 'C-1001', 'dana@example.com', ?, ?, 'EMAIL', 'MEDIUM', FALSE, 'kpi data set', 'IN_RESOLUTION', ?,
              ?, ?)
            """)
        .params(id, sku, category, level, at(createdAt), at(createdAt)).update();
    jdbc.sql("INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at) VALUES (?, NULL, ?,"
        + " 'TRIAGE', ?)").params(id, startLevel, at(createdAt)).update();
  }

  private void step(String id, int from, int to, String reason) {
    jdbc.sql("INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at)"
        + " VALUES (?, ?, ?, ?, ?)").params(id, from, to, reason, Timestamps.of(Instant.now())).update();
  }

  private void resolution(String id, int level, String decidedAt) {
    jdbc.sql("INSERT INTO resolution (complaint_id, escalation_level, resolution_type, amount, customer_message,"
        + " decided_at) VALUES (?, ?, 'APOLOGY', 0, 'Sorry.', ?)").params(id, level, at(decidedAt)).update();
  }

  private void alert(String id, String kind, int level, String raisedAt) {
    jdbc.sql("INSERT INTO complaint_alert (complaint_id, kind, escalation_level, due_at, raised_at)"
        + " VALUES (?, ?, ?, ?, ?)").params(id, kind, level, at(raisedAt), at(raisedAt)).update();
  }

  private void survey(String id, Integer score) {
    jdbc.sql("INSERT INTO survey (token, complaint_id, sent_at, status, answered_at, score) VALUES (?, ?, ?, ?, ?, ?)")
        .params("token-" + id, id, Timestamps.of(Instant.now()), score == null ? "SENT" : "ANSWERED",
            score == null ? null : Timestamps.of(Instant.now()), score)
        .update();
  }

  private void selfEscalation(String id, String channel) {
    jdbc.sql("INSERT INTO communication (complaint_id, sent_at, direction, channel, kind, body)"
        + " VALUES (?, ?, 'INBOUND', ?, 'SELF_ESCALATION', 'Escalated')")
        .params(id, Timestamps.of(Instant.now()), channel).update();
  }

  private static java.sql.Timestamp at(String instant) {
    return Timestamps.of(Instant.parse(instant));
  }
}
