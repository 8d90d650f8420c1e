package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.complaint.SearchTermBackfill;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET /api/complaints: the lead's and operations' list. Each test submits its own complaints for its own
 * customer and filters on that customer, so tests do not see each other's complaints.
 */
class ComplaintListApiTest extends AppTestSupport {

  @Autowired SearchTermBackfill backfill;

  @Test
  void aRowCarriesTheCustomerTheStateTheDeadlineAndWhoWorksIt() {
    String customer = newCustomer();
    String id = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "The kettle switches off early."));
    JsonNode page = list("customerId=" + customer, "sam");
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(20);
    assertThat(page.get("hasMore").asBoolean()).isFalse();
    JsonNode row = only(page);
    assertThat(row.get("id").asText()).isEqualTo(id);
    assertThat(row.get("customer").get("id").asText()).isEqualTo(customer);
    assertThat(row.get("customer").get("name").asText()).isEqualTo("Dana Whitfield");
    assertThat(row.get("customer").get("email").asText()).isEqualTo(customer.toLowerCase() + "@Example.com");
    assertThat(row.get("category").asText()).isEqualTo("PRODUCT_DEFECT");
    assertThat(row.get("priority").asText()).isEqualTo(complaint(id).get("priority").asText());
    assertThat(row.get("level").asInt()).isEqualTo(1);
    assertThat(row.get("status").asText()).isEqualTo("IN_RESOLUTION");
    assertThat(Instant.parse(row.get("levelDueAt").asText())).isAfter(Instant.now());
    assertThat(row.get("overdue").asBoolean()).isFalse();
    assertThat(row.get("overdueSince").isNull()).isTrue();
    assertThat(row.get("assignee").isNull()).as("nobody has claimed the task").isTrue();
    assertThat(row.get("createdAt").asText()).isNotBlank();

    taskService.claim(openTask(id).getId(), "carla");
    assertThat(only(list("customerId=" + customer, "sam")).get("assignee").asText()).isEqualTo("carla");
  }

  @Test
  void eachFilterKeepsOnlyTheComplaintsThatMatchIt() {
    String customer = newCustomer();
    String kettle = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Kettle broken."));
    String invoice = submitAndSettle(complaint(customer, "BILLING", "CRITICAL", "Charged twice."));
    String parcel = submitAndSettle(complaint(customer, "DELIVERY", "LOW", "Parcel late."));
    fireTimer(parcel, "BoundaryEvent_Level1DeadlinePassed");
    Response received = post("/api/complaints", "carla", complaint(customer, "SERVICE", "LOW", "Rude on the phone."));
    String waiting = received.json().get("complaintId").asText(); // its first step has not run: RECEIVED, no level
    String mine = "customerId=" + customer;

    assertThat(ids(list(mine, "sam"))).containsExactlyInAnyOrder(kettle, invoice, parcel, waiting);
    assertThat(ids(list(mine + "&category=BILLING", "sam"))).containsExactly(invoice);
    assertThat(ids(list(mine + "&category=BILLING,DELIVERY", "sam"))).containsExactlyInAnyOrder(invoice, parcel);
    assertThat(ids(list(mine + "&category=BILLING&category=SERVICE", "sam"))).containsExactlyInAnyOrder(invoice, waiting);
    assertThat(ids(list(mine + "&level=2", "sam"))).containsExactly(parcel);
    assertThat(ids(list(mine + "&level=1", "sam"))).containsExactlyInAnyOrder(kettle, invoice);
    assertThat(ids(list(mine + "&status=RECEIVED", "sam"))).containsExactly(waiting);
    assertThat(ids(list(mine + "&status=IN_RESOLUTION", "sam"))).containsExactlyInAnyOrder(kettle, invoice, parcel);
    String invoicePriority = complaint(invoice).get("priority").asText();
    List<String> samePriority = new ArrayList<>();
    for (String id : List.of(kettle, invoice, parcel)) {
      if (complaint(id).get("priority").asText().equals(invoicePriority)) {
        samePriority.add(id);
      }
    }
    assertThat(ids(list(mine + "&priority=" + invoicePriority, "sam"))).containsExactlyInAnyOrderElementsOf(samePriority);
    assertThat(ids(list("customerEmail=" + customer.toUpperCase() + "@EXAMPLE.COM", "sam")))
        .as("e-mail whatever its case").containsExactlyInAnyOrder(kettle, invoice, parcel, waiting);
    assertThat(ids(list("customerEmail=someone-else@example.com&" + mine, "sam"))).isEmpty();

    jdbc.sql("UPDATE complaint SET created_at = ? WHERE id = ?")
        .params(Timestamp.from(Instant.parse("2020-03-15T10:00:00Z")), kettle).update();
    assertThat(ids(list(mine + "&createdTo=2020-03-15", "sam"))).as("a date: up to its end").containsExactly(kettle);
    assertThat(ids(list(mine + "&createdFrom=2020-03-15&createdTo=2020-03-15T10:00:00Z", "sam")))
        .as("the end is exclusive").isEmpty();
    assertThat(ids(list(mine + "&createdFrom=2020-03-16", "sam"))).containsExactlyInAnyOrder(invoice, parcel, waiting);
    assertThat(ids(list(mine + "&createdFrom=2020-03-15T09:59:59Z&createdTo=2020-03-16", "sam")))
        .containsExactly(kettle);
  }

  @Test
  void overdueMeansTheLevelsDeadlinePassedWhileTheComplaintIsWorked() {
    String customer = newCustomer();
    String late = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Kettle broken."));
    String onTime = submitAndSettle(complaint(customer, "BILLING", "MEDIUM", "Charged twice."));
    Instant due = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    jdbc.sql("UPDATE complaint SET level_due_at = ? WHERE id = ?").params(Timestamp.from(due), late).update();
    String mine = "customerId=" + customer;

    assertThat(ids(list(mine + "&overdue=true", "sam"))).containsExactly(late);
    assertThat(ids(list(mine + "&overdue=false", "sam"))).containsExactly(onTime);
    JsonNode row = only(list(mine + "&overdue=true", "sam"));
    assertThat(row.get("overdue").asBoolean()).isTrue();
    assertThat(Instant.parse(row.get("overdueSince").asText())).isEqualTo(due);
    JsonNode view = complaint(late);
    assertThat(view.get("overdue").asBoolean()).isTrue();
    assertThat(Instant.parse(view.get("overdueSince").asText())).isEqualTo(due);
    assertThat(complaint(onTime).get("overdue").asBoolean()).isFalse();
    assertThat(complaint(onTime).has("overdueSince")).isFalse();

    jdbc.sql("UPDATE complaint SET status = 'AWAITING_CUSTOMER' WHERE id = ?").param(late).update();
    assertThat(ids(list(mine + "&overdue=true", "sam"))).as("the clock stops while the customer is asked").isEmpty();
    assertThat(complaint(late).get("overdue").asBoolean()).isFalse();
  }

  @Test
  void overdueFollowsTheEngineClockThatFiresTheDeadlines() {
    String customer = newCustomer();
    String id = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Kettle broken."));
    Instant due = Instant.parse(complaint(id).get("levelDueAt").asText());
    assertThat(ids(list("customerId=" + customer + "&overdue=true", "sam"))).isEmpty();
    try {
      ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
      assertThat(ids(list("customerId=" + customer + "&overdue=true", "sam"))).containsExactly(id);
      assertThat(Instant.parse(complaint(id).get("overdueSince").asText())).isEqualTo(due);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeats() {
    String customer = newCustomer();
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      submitted.add(submitAndSettle(complaint(customer, "OTHER", "MEDIUM", "Complaint number " + i)));
    }
    String mine = "customerId=" + customer + "&size=2";
    JsonNode first = list(mine, "sam");
    JsonNode second = list(mine + "&page=1", "sam");
    JsonNode third = list(mine + "&page=2", "sam");
    assertThat(first.get("hasMore").asBoolean()).isTrue();
    assertThat(second.get("hasMore").asBoolean()).isTrue();
    assertThat(third.get("hasMore").asBoolean()).isFalse();
    assertThat(ids(third)).hasSize(1);
    assertThat(list(mine + "&page=3", "sam").get("items")).isEmpty();
    List<String> all = new ArrayList<>(ids(first));
    all.addAll(ids(second));
    all.addAll(ids(third));
    assertThat(all).as("newest first by default").containsExactlyElementsOf(reversed(submitted));
  }

  @Test
  void sortsByTheWhitelistedFieldsEitherWay() {
    String customer = newCustomer();
    String low = submitAndSettle(complaint(customer, "OTHER", "LOW", "Minor thing."));
    String critical = submitAndSettle(complaint(customer, "OTHER", "CRITICAL", "Sparks from the kettle."));
    String medium = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Kettle broken."));
    fireTimer(medium, "BoundaryEvent_Level1DeadlinePassed");
    String untriaged = post("/api/complaints", "carla", complaint(customer, "OTHER", "LOW", "Just in."))
        .json().get("complaintId").asText();
    String mine = "customerId=" + customer + "&sort=";

    assertThat(ids(list(mine + "id", "sam"))).isSorted();
    assertThat(ids(list(mine + "id,desc", "sam"))).containsExactlyElementsOf(reversed(ids(list(mine + "id", "sam"))));
    assertThat(ids(list(mine + "createdAt,asc", "sam"))).containsExactly(low, critical, medium, untriaged);
    assertThat(ids(list(mine + "createdAt,desc", "sam"))).containsExactly(untriaged, medium, critical, low);
    assertThat(ids(list(mine + "level,desc", "sam")))
        .as("a missing value sorts lowest").containsExactly(medium, critical, low, untriaged);
    assertThat(ids(list(mine + "level", "sam"))).startsWith(untriaged).endsWith(medium);

    List<Integer> ranks = new ArrayList<>();
    list(mine + "priority,desc", "sam").get("items").forEach(row -> ranks.add(rank(row.get("priority"))));
    assertThat(ranks).as("most urgent first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(ranks.get(ranks.size() - 1)).as("not yet triaged").isZero();
    List<String> dues = new ArrayList<>();
    list(mine + "levelDueAt,asc", "sam").get("items").forEach(row -> dues.add(row.get("levelDueAt").asText(null)));
    assertThat(dues.get(0)).as("no deadline yet").isNull();
    assertThat(dues.subList(1, dues.size()).stream().map(Instant::parse).toList()).isSorted();
  }

  @Test
  void freeTextFindsWordsAnywhereInALongDescription() {
    String customer = newCustomer();
    StringBuilder text = new StringBuilder("Café au lait machine: ");
    while (text.length() < 9_950) {
      text.append("the steam wand leaks again and again, ");
    }
    text.setLength(9_950);
    text.append(" finally the Zeppelinfeather valve broke.");
    assertThat(text.length()).isLessThanOrEqualTo(10_000);
    String longOne = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", text.toString()));
    String other = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "The kettle leaks, it leaked before."));
    String mine = "customerId=" + customer + "&q=";

    assertThat(ids(list(mine + "zeppelinfeather", "sam"))).as("the last words").containsExactly(longOne);
    assertThat(ids(list(mine + "ZEPPELIN", "sam"))).as("the beginning of a word, any case").containsExactly(longOne);
    assertThat(ids(list(mine + "cafe", "sam"))).as("without its accent").containsExactly(longOne);
    assertThat(ids(list(mine + enc("café"), "sam"))).containsExactly(longOne);
    assertThat(ids(list(mine + "leaks", "sam"))).containsExactlyInAnyOrder(longOne, other);
    assertThat(ids(list(mine + enc("kettle leaks"), "sam"))).as("every word must be there").containsExactly(other);
    assertThat(ids(list(mine + enc("valve kettle"), "sam"))).isEmpty();
    assertThat(ids(list(mine + "lea", "sam"))).as("once, though two words start so").containsExactlyInAnyOrder(longOne, other);
    assertThat(ids(list(mine + "va", "sam"))).as("two letters: the word itself only").isEmpty();
    assertThat(ids(list(mine + "nothingofthesort", "sam"))).isEmpty();
  }

  @Test
  void complaintsStoredBeforeTheWordIndexAreIndexedAtStart() throws Exception {
    String customer = newCustomer();
    String id = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "The percolator hisses."));
    jdbc.sql("DELETE FROM complaint_search_term WHERE complaint_id = ?").param(id).update();
    jdbc.sql("INSERT INTO complaint_search_backlog (complaint_id) VALUES (?)").param(id).update();
    assertThat(ids(list("customerId=" + customer + "&q=percolator", "sam"))).isEmpty();
    backfill.run(null);
    assertThat(ids(list("customerId=" + customer + "&q=percolator", "sam"))).containsExactly(id);
    assertThat(count("SELECT COUNT(*) FROM complaint_search_backlog")).isZero();
  }

  @Test
  void agentsListTheComplaintsTheirGroupsHoldOrHeldSupervisorsAndQualityListAll() {
    String customer = newCustomer();
    String atFrontLine = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Kettle broken."));
    String withExperts = submitAndSettle(complaint(customer, "PRODUCT_DEFECT", "MEDIUM", "Toaster broken."));
    fireTimer(withExperts, "BoundaryEvent_Level1DeadlinePassed");
    String regulatory = post("/api/complaints", "webchannel", complaint(customer, "PRODUCT_DEFECT", "MEDIUM",
        "Forwarded by the regulator.").replace("\"severity\"", "\"regulatory\":true,\"severity\""))
        .json().get("complaintId").asText();
    runDueJobs();
    assertThat(get("/api/complaints/" + regulatory, "sam").json().get("level").asInt()).isEqualTo(3);
    String mine = "customerId=" + customer;

    assertThat(ids(list(mine, "sam"))).containsExactlyInAnyOrder(atFrontLine, withExperts, regulatory);
    assertThat(ids(list(mine, "quinn"))).containsExactlyInAnyOrder(atFrontLine, withExperts, regulatory);
    assertThat(ids(list(mine, "olga"))).containsExactlyInAnyOrder(atFrontLine, withExperts, regulatory);
    assertThat(ids(list(mine, "admin"))).containsExactlyInAnyOrder(atFrontLine, withExperts, regulatory);
    assertThat(ids(list(mine, "carla"))).as("held by the front line, or logged by carla")
        .containsExactlyInAnyOrder(atFrontLine, withExperts);
    assertThat(ids(list(mine, "ed"))).as("the product experts hold only this one").containsExactly(withExperts);
    assertThat(ids(list(mine, "erin"))).as("nothing reached the executive office").isEmpty();
    assertThat(ids(list(mine + "&q=regulator", "carla"))).as("search stays within the scope").isEmpty();

    Response channel = get("/api/complaints?" + mine, "webchannel");
    assertThat(channel.status()).as("an integration does not browse complaints").isEqualTo(403);
    assertThat(channel.header("Content-Type")).startsWith("application/problem+json");
    assertThat(get("/api/complaints", null).status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"stauts=OPEN", "status=OPEN", "status=RECEIVED,OPEN", "level=5", "level=one",
      "priority=URGENT", "category=KETTLES", "overdue=yes", "overdue=true&overdue=false", "createdFrom=yesterday",
      "createdTo=2026-13-01", "createdFrom=2026-02-01&createdTo=2026-01-01", "sort=customer", "sort=createdAt,sideways",
      "sort=createdAt,desc,id", "page=-1", "page=x", "size=0", "size=101", "page=100&size=100", "q=the",
      "q=a+b+c", "q=one+two+three+four+five+six", "customerId=has+space"})
  void badParametersAreRefusedWithAProblemDocument(String parameters) {
    Response response = get("/api/complaints?" + parameters, "sam");
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
    String parameter = parameters.split("[=&]")[0];
    if (parameters.contains("createdTo=2026-01-01")) {
      parameter = "createdTo";
    }
    assertThat(problem.get("errors").findValuesAsText("field")).contains(parameter);
    assertThat(problem.get("detail").asText()).contains(parameter);
  }

  @Test
  void aLongSearchIsRefused() {
    Response response = get("/api/complaints?q=" + "x".repeat(201), "sam");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("q");
  }

  // helpers

  private JsonNode list(String query, String user) {
    Response response = get("/api/complaints?" + query, user);
    assertThat(response.status()).as(query + " as " + user + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(row -> ids.add(row.get("id").asText()));
    return ids;
  }

  private static JsonNode only(JsonNode page) {
    assertThat(page.get("items")).hasSize(1);
    return page.get("items").get(0);
  }

  private static int rank(JsonNode priority) {
    return priority.isNull() ? 0 : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL").indexOf(priority.asText()) + 1;
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static String newCustomer() {
    return "C-LIST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String complaint(String customer, String category, String severity, String description) {
    return """
        {"customerId":"%s","customerName":"Dana Whitfield","customerEmail":"%s@Example.com",
         "productSku":"SKU-KETTLE-2","category":"%s","channel":"EMAIL","severity":"%s",
         "description":"%s"}""".formatted(customer, customer.toLowerCase(), category, severity, description);
  }
}
