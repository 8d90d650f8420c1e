package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.complaint.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An analyst tries a changed deadline table on the complaints of a known week (March 2025, CRITICAL priority, so
 * every deadline runs on the wall clock) before deploying it; the counts are worked out by hand in the comments.
 */
class WhatIfApiTest extends AppTestSupport {

  static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");
  static final String WEEK = "from=2025-03-03&to=2025-03-09";
  static final Path MATRIX = Path.of("processes/escalation-matrix.dmn");

  @BeforeEach
  void aKnownWeek() {
    if (count("SELECT COUNT(*) FROM complaint WHERE id LIKE 'CMP-WHATIF-%'") > 0) {
      return;
    }
    // A: at level 1 for 90 min, resolved; B: level 1 until its 2 h deadline passed, then 1 h at level 2, resolved
    complaint("A", T0);
    step("A", null, 1, "TRIAGE", T0);
    resolved("A", 1, T0.plus(Duration.ofMinutes(90)));
    complaint("B", T0);
    step("B", null, 1, "TRIAGE", T0);
    step("B", 1, 2, "DEADLINE_PASSED", T0.plus(Duration.ofHours(2)));
    breach("B", 1, T0.plus(Duration.ofHours(2)));
    resolved("B", 2, T0.plus(Duration.ofHours(3)));
    // C: resolved at level 1 in 30 min
    complaint("C", T0);
    step("C", null, 1, "TRIAGE", T0);
    resolved("C", 1, T0.plus(Duration.ofMinutes(30)));
    // D: 4 h 30 at level 1, of which 3 h 40 waiting for the customer: 50 min on the clock
    complaint("D", T0);
    step("D", null, 1, "TRIAGE", T0);
    jdbc.sql("INSERT INTO level_pause (complaint_id, escalation_level, paused_at, resumed_at) VALUES (?, 1, ?, ?)")
        .params("CMP-WHATIF-D", Timestamps.of(T0.plus(Duration.ofMinutes(20))), Timestamps.of(T0.plus(Duration.ofHours(4))))
        .update();
    resolved("D", 1, T0.plus(Duration.ofMinutes(270)));
    // E: escalated outside after 10 min, still open at level 4, its 24 h deadline long passed
    complaint("E", T0);
    step("E", null, 1, "TRIAGE", T0);
    step("E", 1, 4, "CUSTOMER_SELF_ESCALATED", T0.plus(Duration.ofMinutes(10)));
    breach("E", 4, T0.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(24)));
    // G: cancelled after 30 min at level 1, never resolved
    complaint("G", T0);
    step("G", null, 1, "TRIAGE", T0);
    jdbc.sql("UPDATE complaint SET status = 'CANCELLED', closed_at = ? WHERE id = 'CMP-WHATIF-G'")
        .param(Timestamps.of(T0.plus(Duration.ofMinutes(30)))).update();
    // F: received the week before, outside the period
    complaint("F", T0.minus(Duration.ofDays(7)));
    step("F", null, 1, "TRIAGE", T0.minus(Duration.ofDays(7)));
  }

  @Test
  void aShorterFrontLineDeadlineBreachesWhatTookLongerThanAnHour() {
    Response replay = whatIf("anna", criticalFrontLine("PT1H"), WEEK);

    assertThat(replay.status()).as(replay.body()).isEqualTo(200);
    JsonNode answer = replay.json();
    assertThat(answer.get("complaints").asInt()).isEqualTo(6);
    assertThat(answer.get("comparedWith").asText()).startsWith("escalation-matrix v");
    // level, complaints, breached now, breached under the new table, escalated now, escalated under it, undetermined
    assertThat(levels(answer)).containsExactly(
        "1: 6 1 2 1 2 0", // A (90 min > 1 h) joins B; C (30 min), D (50 min on the clock), G (cancelled) stay in time
        "2: 1 0 0 0 0 0",
        "3: 0 0 0 0 0 0",
        "4: 1 1 1 0 0 0");
    JsonNode first = answer.get("mostChanged").get(0);
    assertThat(first.get("complaintId").asText()).isEqualTo("CMP-WHATIF-A");
    assertThat(first.get("heldFor").asText()).isEqualTo("PT1H30M");
    assertThat(first.get("deadlineNow").asText()).isEqualTo("PT2H");
    assertThat(first.get("deadlineUnderNewTable").asText()).isEqualTo("PT1H");
    assertThat(first.get("breachedNow").asBoolean()).isFalse();
    assertThat(first.get("breachedUnderNewTable").asBoolean()).isTrue();
    assertThat(answer.get("mostChanged")).extracting(c -> c.get("complaintId").asText())
        .doesNotContain("CMP-WHATIF-F").contains("CMP-WHATIF-D", "CMP-WHATIF-G");
  }

  @Test
  void aLongerDeadlineCannotTellWhetherTheComplaintItMovedUpWouldHaveBeenResolved() {
    JsonNode answer = whatIf("sam", criticalFrontLine("PT3H"), WEEK).json();

    assertThat(levels(answer)).first().isEqualTo("1: 6 1 0 1 0 1"); // B moved up at 2 h; under 3 h: undetermined
    assertThat(answer.get("mostChanged").get(0).get("complaintId").asText()).isEqualTo("CMP-WHATIF-B");
    assertThat(answer.get("mostChanged").get(0).get("undetermined").asBoolean()).isTrue();
  }

  @Test
  void nothingIsDeployedAndNothingIsWritten() {
    List<Integer> before = footprint();
    assertThat(whatIf("admin", criticalFrontLine("PT1H"), WEEK).status()).isEqualTo(200);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void theSameReplayIsACommandForAFileOnDisk() throws Exception {
    Path table = Files.createTempFile("escalation-matrix", ".dmn");
    Files.writeString(table, criticalFrontLine("PT1H"));
    ProcessBuilder builder = new ProcessBuilder("bash", "tools/what-if", table.toString(), "--from", "2025-03-03",
        "--to", "2025-03-09").redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("COMPLAINT_DESK_URL", "http://localhost:" + port);
    builder.environment().put("COMPLAINT_DESK_USER", "anna");
    builder.environment().put("COMPLAINT_DESK_PASSWORD", "demo");
    Process replay = builder.start();
    String out = new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(replay.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(replay.exitValue()).as(out).isZero();
    assertThat(levels(json.readTree(out))).first().isEqualTo("1: 6 1 2 1 2 0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"PT1H\"|\"4 hours\"|not an ISO-8601 duration",
      "\"PT1H\"|\"P99999999D\"|longer than a year",
      "\"PT1H\"|\"PT9223372036854775807H\"|longer than a year",
      "<text>\"CRITICAL\"</text>|<text>\"URGENT\"</text>|CRITICAL",
      "<decision id=\"escalation-matrix\"|<decision id=\"deadlines\"|holds no decision 'escalation-matrix'"})
  void aTableThatWouldFailTheDeploymentIsRefusedWithTheReason(String from, String to, String reason) {
    Response replay = whatIf("anna", criticalFrontLine("PT1H").replaceFirst(java.util.regex.Pattern.quote(from), to), WEEK);

    assertThat(replay.status()).as(replay.body()).isEqualTo(400);
    assertThat(replay.body()).contains(reason);
  }

  @Test
  void badRequestsAreRefusedAndOtherRolesMayNot() throws IOException {
    String table = criticalFrontLine("PT1H");
    assertThat(whatIf("anna", "not xml at all", WEEK).status()).isEqualTo(400);
    assertThat(whatIf("anna", table, "from=2025-03-09&to=2025-03-03").status()).isEqualTo(400);
    assertThat(whatIf("anna", table, "from=yesterday").status()).isEqualTo(400);
    assertThat(whatIf("anna", table, "from=%2B300000000-01-01T00:00:00Z&to=%2B300000000-01-02T00:00:00Z").status())
        .isEqualTo(400);
    assertThat(whatIf("anna", table, "from=2020-01-01&to=2025-03-03").status()).isEqualTo(400);
    assertThat(multipart("/api/policy/what-if?" + WEEK, "anna", "notes", "a.txt", "x").status()).as("no file").isEqualTo(400);
    assertThat(post("/api/policy/what-if", "anna", "{\"file\":\"x\"}").status()).isEqualTo(415);
    for (String other : new String[] {"carla", "ed", "erin", "quinn", "olga", "webchannel"}) {
      assertThat(whatIf(other, table, WEEK).status()).as(other).isEqualTo(403);
    }
    assertThat(whatIf(null, table, WEEK).status()).isEqualTo(401);
    assertThat(whatIf("anna", "x".repeat(1_100_000), WEEK).status()).isEqualTo(413);
    assertThat(whatIf("anna", table, "").status()).as("the last 30 days").isEqualTo(200);
  }

  private List<Integer> footprint() {
    return List.of(count("SELECT COUNT(*) FROM ACT_HI_DECINST"), count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT"),
        count("SELECT COUNT(*) FROM ACT_GE_BYTEARRAY"), count("SELECT COUNT(*) FROM escalation_step"),
        count("SELECT COUNT(*) FROM complaint_alert"));
  }

  private static List<String> levels(JsonNode answer) {
    List<String> levels = new ArrayList<>();
    answer.get("levels").forEach(l -> levels.add(l.get("level").asInt() + ": " + l.get("complaints").asInt() + " "
        + l.get("breachedNow").asInt() + " " + l.get("breachedUnderNewTable").asInt() + " "
        + l.get("escalatedNow").asInt() + " " + l.get("escalatedUnderNewTable").asInt() + " "
        + l.get("undetermined").asInt()));
    return levels;
  }

  /** The release's table with CRITICAL level 1 changed. */
  private static String criticalFrontLine(String deadline) {
    try {
      String table = Files.readString(MATRIX);
      int rule = table.indexOf("<rule id=\"Rule_1\">");
      int end = table.indexOf("</rule>", rule);
      return table.substring(0, rule) + table.substring(rule, end).replace("\"PT2H\"", "\"" + deadline + "\"")
          + table.substring(end);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Response whatIf(String user, String table, String query) {
    return multipart("/api/policy/what-if" + (query.isEmpty() ? "" : "?" + query), user, "file",
        "escalation-matrix.dmn", table);
  }

  private void complaint(String suffix, Instant received) {
    jdbc.sql("""
            INSERT INTO complaint (id, customer_id, customer_email, category, channel, severity, regulatory,
                description, status, priority, created_at, updated_at)
            VALUES (?, 'C-WHATIF', 'whatif@example.com', 'PRODUCT_DEFECT', 'WEB', 'HIGH', FALSE, 'A kettle leaks',
                'IN_RESOLUTION', 'CRITICAL', ?, ?)
            """).params("CMP-WHATIF-" + suffix, Timestamps.of(received), Timestamps.of(received)).update();
  }

  private void step(String suffix, Integer from, int to, String reason, Instant at) {
    jdbc.sql("INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at) VALUES (?, ?, ?, ?, ?)")
        .params("CMP-WHATIF-" + suffix, from, to, reason, Timestamps.of(at)).update();
  }

  private void breach(String suffix, int level, Instant at) {
    jdbc.sql("INSERT INTO complaint_alert (complaint_id, kind, escalation_level, due_at, raised_at) VALUES (?, 'BREACH', ?, ?, ?)")
        .params("CMP-WHATIF-" + suffix, level, Timestamps.of(at), Timestamps.of(at)).update();
  }

  private void resolved(String suffix, int level, Instant at) {
    jdbc.sql("""
            INSERT INTO resolution (complaint_id, escalation_level, resolution_type, amount, customer_message, decided_at)
            VALUES (?, ?, 'REFUND', 10, 'We refund it.', ?)
            """).params("CMP-WHATIF-" + suffix, level, Timestamps.of(at)).update();
  }
}
