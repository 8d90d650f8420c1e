package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.complaintdesk.testsupport.Gen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated bodies at the boundaries of the intake, event and survey endpoints ({@link Gen}):
 * every valid one is stored and reaches a task, every invalid one is a 4xx problem document and leaves no
 * trace, and none is a 5xx. Each case is at most one field away from a valid body, so whether it must be
 * accepted is never in doubt; a failing case is printed whole, with the seed that replays the run
 * ({@code -Dfuzz.seed=...}).
 */
class FuzzApiTest extends AppTestSupport {

  static final int INTAKE_CASES = 240;
  static final int EVENT_CASES = 120;
  static final int SURVEY_CASES = 120;
  static final int PERIOD_CASES = 150;
  static final List<String> OTHER_FORMATS = List.of("application/yaml", "application/x-yaml", "text/yaml",
      "application/xml", "text/xml", "application/cbor", "application/x-jackson-smile", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/merge-patch+json",
      "application/vnd.api+json");
  static final String NOT_SENT = "\u0000absent";

  Random random;
  long seed;

  @BeforeEach
  void seed() {
    seed = Long.getLong("fuzz.seed", System.nanoTime());
    random = new Random(seed);
  }

  record Value(String json, boolean valid, String what) {}

  record Case(Map<String, Value> fields) {

    boolean valid() {
      return fields.values().stream().allMatch(Value::valid);
    }

    String body() {
      List<String> members = new ArrayList<>();
      fields.forEach((name, value) -> {
        if (!NOT_SENT.equals(value.json())) {
          members.add(quote(name) + ":" + value.json());
        }
      });
      return "{" + String.join(",", members) + "}";
    }

    String describe() {
      StringBuilder s = new StringBuilder();
      fields.forEach((name, value) -> {
        if (!value.valid()) {
          s.append(name).append(": ").append(value.what()).append("; ");
        }
      });
      return s.isEmpty() ? "valid" : s.toString();
    }
  }

  // ---------------------------------------------------------------- values

  /** JSON string literal; control characters and every surrogate escaped, so lone surrogates survive the trip. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static Value ok(String text, String what) {
    return new Value(quote(text), true, what);
  }

  static Value bad(String json, String what) {
    return new Value(json, false, what);
  }

  static Value absent(boolean valid) {
    return new Value(NOT_SENT, valid, "missing");
  }

  static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyzäöüßéçñ ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;!?'-";

  static Gen<String> words(int min, int max) {
    return Gen.strings(WORD_CHARS, min, max).map(s -> "K" + s);
  }

  /** Free text as customers write it: short, multi-line with emoji, or exactly the longest allowed. */
  static Gen<String> text(int max) {
    Gen<String> plain = words(0, Math.min(max - 1, 300));
    Gen<String> multiline = words(0, 200).map(s -> s + "\n\tsecond line 中文 " + new String(Character.toChars(0x1F600)));
    Gen<String> longest = Gen.constant("L" + "y".repeat(max - 1));
    return Gen.<String>frequency(6, plain, 2, multiline, 2, longest).filter(s -> s.length() <= max);
  }

  static Gen<Value> identifier(int max, boolean required) {
    Gen<Value> valid = Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:#/", 0, max - 1)
        .map(s -> ok("C" + s, "identifier"));
    Gen<Value> invalid = Gen.oneOf(
        bad(quote("X".repeat(max + 1)), "too long"), bad(quote("C 1"), "space"), bad(quote("\u00a0"), "nbsp only"),
        bad(quote("-C1"), "leading dash"), bad(quote("C\u00071"), "control character"), bad("1001", "a number"),
        bad("[]", "an array"), bad(quote("C\u00e91"), "not ASCII"));
    Gen<Value> missing = Gen.constant(required ? bad(NOT_SENT, "missing") : absent(true));
    return Gen.frequency(8, valid, 3, invalid, 1, missing);
  }

  static Gen<Value> oneOf(List<String> allowed, boolean required) {
    Gen<Value> valid = Gen.oneOf(allowed).map(v -> ok(v, "allowed"));
    Gen<Value> invalid = Gen.oneOf(bad(quote(allowed.get(0).toLowerCase()), "lower case"),
        bad(quote("WEATHER"), "unknown"), bad("3", "a number"), bad(quote(""), "empty"), bad("true", "a boolean"));
    Gen<Value> missing = Gen.constant(required ? bad(NOT_SENT, "missing") : absent(true));
    return Gen.frequency(8, valid, 3, invalid, 1, missing);
  }

  static Gen<Value> freeText(int max, boolean required, boolean multiline) {
    Gen<String> singleLine = Gen.frequency(8, words(0, Math.min(max - 1, 120)), 2,
        Gen.constant("L" + "y".repeat(max - 1)));
    Gen<Value> valid = (multiline ? text(max) : singleLine).map(s -> ok(s, "text of " + s.length()));
    List<Value> wrong = new ArrayList<>(List.of(bad(quote("K" + "z".repeat(max)), "too long by one"),
        bad(quote("a\u0000b"), "NUL"), bad(quote("a\ud800b"), "lone high surrogate"),
        bad(quote("\udc00"), "lone low surrogate"), bad(quote("bell\u0007"), "control character"),
        bad("42", "a number"), bad("{}", "an object")));
    if (required) {
      wrong.add(bad(quote("   \u00a0 "), "blank"));
      wrong.add(bad(NOT_SENT, "missing"));
    }
    if (!multiline) {
      wrong.add(bad(quote("line\nbreak"), "line break"));
      wrong.add(bad(quote("\u202Eevil\u202C"), "bidi override"));
      wrong.add(bad(quote("zero\u200Bwidth"), "zero-width space"));
      wrong.add(bad(quote("para\u2029graph"), "paragraph separator"));
    }
    return Gen.frequency(8, valid, 3, Gen.oneOf(wrong));
  }

  static Gen<Value> email() {
    Gen<Value> valid = Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789", 0, 30)
        .map(s -> ok("u" + s + "@example.com", "address"));
    Gen<Value> invalid = Gen.oneOf(bad(quote("not-an-address"), "no @"), bad(quote("a@b@example.com"), "two @"),
        bad(quote("a@exa\nmple.com"), "line break"), bad(NOT_SENT, "missing"), bad(quote(""), "empty"),
        bad("null", "null"), bad(quote("ünï@exämple.com"), "internationalised (no SMTPUTF8)"),
        bad(quote("dana\u2029@example.com"), "paragraph separator"), bad(quote("\uFEFFdana@example.com"), "BOM"),
        bad(quote("da\u200Dna@example.com"), "zero-width joiner"));
    return Gen.frequency(8, valid, 3, invalid);
  }

  static Gen<Value> flag() {
    Gen<Value> valid = Gen.oneOf(new Value("true", true, "true"), new Value("false", true, "false"), absent(true));
    Gen<Value> invalid = Gen.oneOf(bad("2", "a number"), bad(quote("yes"), "text"), bad("[]", "an array"));
    return Gen.frequency(8, valid, 1, invalid);
  }

  /** Half the cases valid, the others invalid in exactly one field. */
  static Gen<Case> intakeCases() {
    Map<String, Gen<Value>> fields = new LinkedHashMap<>();
    fields.put("customerId", identifier(64, true));
    fields.put("customerName", freeText(200, false, false));
    fields.put("customerEmail", email());
    fields.put("orderId", identifier(64, false));
    fields.put("productSku", identifier(64, false));
    fields.put("category", oneOf(List.of("PRODUCT_DEFECT", "DELIVERY", "BILLING", "SERVICE", "SAFETY", "OTHER"), true));
    fields.put("channel", oneOf(List.of("EMAIL", "PHONE", "WEB", "CHAT", "SOCIAL"), true));
    fields.put("severity", oneOf(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), false));
    fields.put("regulatory", flag());
    fields.put("description", freeText(10_000, true, true));
    return singleFault(fields);
  }

  static Gen<Case> singleFault(Map<String, Gen<Value>> fields) {
    List<String> names = new ArrayList<>(fields.keySet());
    return random -> {
      int wrong = random.nextBoolean() ? -1 : random.nextInt(names.size());
      Map<String, Value> values = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        boolean valid = i != wrong;
        values.put(names.get(i), fields.get(names.get(i)).filter(v -> v.valid() == valid).next(random));
      }
      return new Case(values);
    };
  }

  // ---------------------------------------------------------------- tests

  @Test
  void intakeStoresEveryValidBodyAndRefusesEveryInvalidOneWithoutATrace() {
    int complaintsBefore = count("SELECT COUNT(*) FROM complaint");
    long processesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-resolution").count();
    List<String> accepted = new ArrayList<>();
    int valid = 0;
    for (Case c : intakeCases().sample(random, INTAKE_CASES)) {
      Response response = post("/api/complaints", "carla", c.body());
      String why = "seed " + seed + ": " + c.describe() + " | " + abbreviate(c.body()) + " -> "
          + abbreviate(response.body());
      assertThat(response.status()).as(why).isLessThan(500);
      if (c.valid()) {
        valid++;
        assertThat(response.status()).as(why).isEqualTo(201);
        accepted.add(response.json().get("complaintId").asText());
      } else {
        assertThat(response.status()).as(why).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(why).startsWith("application/problem+json");
      }
    }
    assertThat(valid).as("both kinds were generated").isBetween(INTAKE_CASES / 4, INTAKE_CASES * 3 / 4);
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(complaintsBefore + valid);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-resolution").count())
        .isEqualTo(processesBefore + valid);
    runDueJobs();
    assertThat(incidents(accepted.toArray(String[]::new))).isZero();
    for (String id : accepted) {
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id)
          .processDefinitionKey("complaint-escalation").count()).as(id + " reached its level task").isOne();
    }
  }

  static Gen<Case> eventCases() {
    Map<String, Gen<Value>> fields = new LinkedHashMap<>();
    fields.put("type", oneOf(List.of("CUSTOMER_REQUESTS_SUPERVISOR", "CUSTOMER_REPLIED"), true));
    fields.put("channel", Gen.oneOf(absent(true), ok("REGULATOR", "channel"), bad(quote("CARRIER_PIGEON"), "unknown")));
    fields.put("message", freeText(5_000, false, true));
    return singleFault(fields);
  }

  @Test
  void eventsAreRefusedWith4xxAndChangeNothingWhateverTheBody() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    jdbc.sql("UPDATE complaint SET status = 'CLOSED' WHERE id = ?").param(id).update();
    int communications = count("SELECT COUNT(*) FROM communication WHERE complaint_id = ?", id);
    for (Case c : eventCases().sample(random, EVENT_CASES)) {
      Response response = event(id, c.body());
      String why = "seed " + seed + ": " + c.describe() + " | " + abbreviate(c.body()) + " -> "
          + abbreviate(response.body());
      boolean shapeValid = c.valid() && !(c.body().contains("CUSTOMER_REPLIED") && !c.body().contains("\"message\""));
      assertThat(response.status()).as(why).isEqualTo(shapeValid ? 409 : 400);
      assertThat(response.header("Content-Type")).as(why).startsWith("application/problem+json");
    }
    assertThat(count("SELECT COUNT(*) FROM communication WHERE complaint_id = ?", id)).isEqualTo(communications);
    assertThat(count("SELECT COUNT(*) FROM customer_event WHERE complaint_id = ?", id)).isZero();
  }

  @Test
  void surveyAnswersAreCheckedBeforeTheSingleUseTokenIsSpent() {
    String id = surveyed();
    String token = surveyToken(id);

    Map<String, Gen<Value>> fields = new LinkedHashMap<>();
    fields.put("score", Gen.frequency(
        1, Gen.between(1, 5).map(i -> new Value(i.toString(), true, "score")),
        4, Gen.oneOf(bad("0", "zero"), bad("6", "six"), bad("2.5", "a fraction"),
            bad("3.0", "a float"), bad(quote("4"), "text"), bad("true", "a boolean"), bad(NOT_SENT, "missing"),
            bad("-1", "negative"), bad("99999999999", "too large"))));
    fields.put("comment", freeText(2_000, false, true));
    boolean answered = false;
    for (Case c : singleFault(fields).sample(random, SURVEY_CASES)) {
      String target = random.nextInt(10) == 0 ? "x".repeat(43) : token;
      Response response = post("/api/surveys/" + target, null, c.body());
      String why = "seed " + seed + ": " + c.describe() + " | " + abbreviate(c.body()) + " -> "
          + abbreviate(response.body());
      assertThat(response.status()).as(why).isLessThan(500);
      if (!c.valid()) {
        assertThat(response.status()).as(why).isEqualTo(400);
      } else if (!target.equals(token)) {
        assertThat(response.status()).as(why).isEqualTo(404);
      } else {
        assertThat(response.status()).as(why).isEqualTo(answered ? 409 : 204);
        answered = true;
      }
    }
    assertThat(answered).as("a valid answer was generated").isTrue();
    assertThat(count("SELECT COUNT(*) FROM survey WHERE complaint_id = ? AND status = 'ANSWERED'", id)).isOne();
  }

  /** A bound of a report period: a date or instant in range (valid), or one that is not. */
  static Gen<Value> periodBound() {
    Gen<Value> date = Gen.between(2000, 2998).map(y -> new Value(y + "-0" + (1 + y % 9) + "-1" + (y % 9), true,
        "date"));
    Gen<Value> instant = Gen.between(2000, 2998).map(y -> new Value(y + "-11-0" + (1 + y % 9) + "T0" + (y % 10)
        + ":15:00Z", true, "instant"));
    Gen<Value> wrong = Gen.oneOf(bad("-1000000000-01-01T00:00:00Z", "year -10^9"),
        bad("+1000000000-01-01T00:00:00Z", "year 10^9"), bad("0001-01-01", "year 1"), bad("1998-06-30", "1998"),
        bad("+10000-01-02T00:00:00Z", "past the last day"), bad("2026-13-01", "month 13"),
        bad("2026-02-30", "30 February"), bad("yesterday", "a word"), bad("2026-11-01T25:00:00Z", "hour 25"),
        bad("1e9", "a number"), bad("2026-11-01T08:00:00+99:00", "offset 99"), bad("١٢", "Arabic digits"));
    return Gen.frequency(3, date, 3, instant, 4, wrong, 1, Gen.constant(absent(true)));
  }

  static String queryValue(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void reportPeriodsAndListFiltersAnswer200Or400NeverA5xx() {
    List<String[]> endpoints = List.of(new String[] {"/api/reports/escalations", "from", "to"},
        new String[] {"/api/reports/dashboard", "from", "to"},
        new String[] {"/api/complaints", "createdFrom", "createdTo"});
    Gen<Value> bound = periodBound();
    Gen<String> listExtras = Gen.oneOf("", "&page=2147483647", "&size=2147483647", "&page=-1", "&size=0",
        "&sort=createdAt,desc", "&sort=%27;DROP", "&q=" + queryValue("%_\\'\""), "&overdue=maybe", "&page=99999999999");
    for (int i = 0; i < PERIOD_CASES; i++) {
      String[] endpoint = endpoints.get(random.nextInt(endpoints.size()));
      Value from = bound.next(random);
      Value to = bound.next(random);
      StringBuilder query = new StringBuilder(endpoint[0]).append('?');
      if (!NOT_SENT.equals(from.json())) {
        query.append(endpoint[1]).append('=').append(queryValue(from.json())).append('&');
      }
      if (!NOT_SENT.equals(to.json())) {
        query.append(endpoint[2]).append('=').append(queryValue(to.json()));
      }
      if (endpoint[0].equals("/api/complaints")) {
        query.append(listExtras.next(random));
      }
      Response response = get(query.toString(), "sam");
      String why = "seed " + seed + ": " + query + " -> " + abbreviate(response.body());
      assertThat(response.status()).as(why).isIn(200, 400);
      if (!from.valid() || !to.valid()) {
        assertThat(response.status()).as(why).isEqualTo(400);
      }
      if (response.status() == 400) {
        assertThat(response.header("Content-Type")).as(why).startsWith("application/problem+json");
      }
    }
  }

  @Test
  void bodiesInAnyFormatButJsonAreRefusedWith415AndChangeNothing() {
    String surveyedId = surveyed();
    String token = surveyToken(surveyedId);
    String eventsOf = submitAndSettle(KETTLE_COMPLAINT);
    int complaints = count("SELECT COUNT(*) FROM complaint");
    int communications = count("SELECT COUNT(*) FROM communication");
    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("/api/complaints", KETTLE_COMPLAINT);
    calls.put("/api/complaints/" + eventsOf + "/events", "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    calls.put("/api/surveys/" + token, "{\"score\":3}");
    for (String format : OTHER_FORMATS) {
      for (Map.Entry<String, String> call : calls.entrySet()) {
        String user = call.getKey().startsWith("/api/surveys") ? null : "webchannel";
        Response response = send(request(call.getKey(), user).header("Content-Type", format)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(call.getValue())).build());
        String why = format + " to " + call.getKey() + " -> " + abbreviate(response.body());
        assertThat(response.status()).as(why).isEqualTo(415);
        assertThat(response.header("Content-Type")).as(why).startsWith("application/problem+json");
      }
    }
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(complaints);
    assertThat(count("SELECT COUNT(*) FROM communication")).isEqualTo(communications);
    assertThat(count("SELECT COUNT(*) FROM survey WHERE complaint_id = ? AND status = 'SENT'", surveyedId)).isOne();
    assertThat(complaint(eventsOf).get("level").asInt()).isEqualTo(1);
  }

  static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
  }
}
