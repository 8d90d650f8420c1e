package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI document is usable by integrators (title, version, Basic auth, problem schema, examples), and
 * every code it documents for an operation is one the running app produces: each has a probe here.
 */
class ApiDocumentationApiTest extends AppTestSupport {

  static final String NOBODY = "nogroups";

  @Autowired IdentityService identityService;

  @Test
  void theDocumentDescribesTheApiForIntegrators() {
    JsonNode doc = apiDocs();

    assertThat(doc.at("/info/title").asText()).isEqualTo("Complaint Desk API");
    assertThat(doc.at("/info/version").asText()).isNotEqualTo("v0").isNotBlank();
    assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(doc.at("/security/0/basicAuth").isArray()).isTrue();
    assertThat(doc.at("/paths/~1api~1surveys~1{token}/post/security").isEmpty()).as("the survey token is the credential")
        .isTrue();
    assertThat(doc.at("/paths/~1api~1complaints/post/requestBody/content/application~1json/examples/example/value")
        .asText()).contains("customerId");
    List<String> problems = new ArrayList<>();
    operations(doc).forEach((key, responses) -> responses.fields().forEachRemaining(response -> {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        JsonNode media = response.getValue().at("/content/application~1problem+json");
        if (!media.at("/schema/$ref").asText().endsWith("/Problem") || media.at("/examples").isEmpty()) {
          problems.add(key + " " + response.getKey());
        }
      }
    }));
    assertThat(problems).as("error answers without the problem schema or an example").isEmpty();
    assertThat(doc.toString()).doesNotContain("UNDOCUMENTED");
    List<String> listParameters = new ArrayList<>();
    doc.at("/paths/~1api~1complaints/get/parameters").forEach(p -> listParameters.add(p.get("name").asText()));
    assertThat(listParameters).contains("status", "level", "overdue", "q", "sort", "page", "size");
  }

  @Test
  void everyDocumentedCodeIsProduced() {
    Map<String, Supplier<Response>> probes = probes();
    TreeSet<String> documented = new TreeSet<>();
    operations(apiDocs()).forEach((key, responses) -> responses.fieldNames()
        .forEachRemaining(code -> documented.add(key + " " + code)));

    assertThat(new TreeSet<>(probes.keySet())).as("a probe for every documented code, and no other")
        .isEqualTo(documented);
    List<String> wrong = new ArrayList<>();
    probes.forEach((key, probe) -> {
      Response response = probe.get();
      String expected = key.substring(key.lastIndexOf(' ') + 1);
      if (!Integer.toString(response.status()).equals(expected)) {
        wrong.add(key + " answered " + response.status() + " " + response.body());
      } else if (response.status() >= 400 && !String.valueOf(response.header("Content-Type"))
          .startsWith("application/problem+json")) {
        wrong.add(key + " is not a problem document: " + response.header("Content-Type"));
      }
    });
    assertThat(wrong).isEmpty();
  }

  Map<String, Supplier<Response>> probes() {
    ensureUserWithoutGroups();
    String complaint = submitAndSettle(KETTLE_COMPLAINT);
    String c = "/api/complaints/" + complaint;
    String missing = "/api/complaints/CMP-NOSUCH";
    String huge = "{\"description\":\"" + "x".repeat(1_100_000) + "\"}";
    Map<String, Supplier<Response>> probes = new LinkedHashMap<>();

    probes.put("POST /api/complaints 201", () -> post("/api/complaints", "carla", KETTLE_COMPLAINT));
    probes.put("POST /api/complaints 400", () -> post("/api/complaints", "carla", "{\"customerId\":\"C-1\"}"));
    probes.put("POST /api/complaints 401", () -> post("/api/complaints", null, KETTLE_COMPLAINT));
    probes.put("POST /api/complaints 403", () -> post("/api/complaints", "sam", KETTLE_COMPLAINT));
    probes.put("POST /api/complaints 409", () -> {
      post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", "doc-probe"));
      return post("/api/complaints", "carla", KETTLE_COMPLAINT.replace("boils", "boils!"),
          Map.of("Idempotency-Key", "doc-probe"));
    });
    probes.put("POST /api/complaints 413", () -> post("/api/complaints", "carla", huge));
    probes.put("POST /api/complaints 415", () -> plainText("/api/complaints", "carla"));

    probes.put("GET /api/complaints 200", () -> get("/api/complaints?status=IN_RESOLUTION&sort=levelDueAt,asc", "sam"));
    probes.put("GET /api/complaints 400", () -> get("/api/complaints?sort=colour", "sam"));
    probes.put("GET /api/complaints 401", () -> get("/api/complaints", null));
    probes.put("GET /api/complaints 403", () -> get("/api/complaints", "webchannel"));

    probes.put("GET /api/complaints/{complaintId} 200", () -> get(c, "carla"));
    probes.put("GET /api/complaints/{complaintId} 401", () -> get(c, null));
    probes.put("GET /api/complaints/{complaintId} 403", () -> get(c, NOBODY + ":demo"));
    probes.put("GET /api/complaints/{complaintId} 404", () -> get(missing, "carla"));

    probes.put("GET /api/complaints/{complaintId}/offers 200", () -> get(c + "/offers", "carla"));
    probes.put("GET /api/complaints/{complaintId}/offers 401", () -> get(c + "/offers", null));
    probes.put("GET /api/complaints/{complaintId}/offers 403", () -> get(c + "/offers", "webchannel"));
    probes.put("GET /api/complaints/{complaintId}/offers 404", () -> get(missing + "/offers", "carla"));
    probes.put("GET /api/complaints/{complaintId}/offers 409", () -> {
      String fresh = post("/api/complaints", "carla", KETTLE_COMPLAINT).json().get("complaintId").asText();
      return get("/api/complaints/" + fresh + "/offers", "admin");
    });

    String supervisor = "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}";
    probes.put("POST /api/complaints/{complaintId}/events 202", () -> event(complaint, supervisor));
    probes.put("POST /api/complaints/{complaintId}/events 400", () -> event(complaint, "{\"type\":\"HELLO\"}"));
    probes.put("POST /api/complaints/{complaintId}/events 401", () -> post(c + "/events", null, supervisor));
    probes.put("POST /api/complaints/{complaintId}/events 403", () -> post(c + "/events", "carla", supervisor));
    probes.put("POST /api/complaints/{complaintId}/events 404", () -> post(missing + "/events", "webchannel",
        supervisor));
    probes.put("POST /api/complaints/{complaintId}/events 409", () -> event(complaint,
        "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Here is my receipt.\"}"));
    probes.put("POST /api/complaints/{complaintId}/events 413", () -> post(c + "/events", "webchannel", huge));
    probes.put("POST /api/complaints/{complaintId}/events 415", () -> plainText(c + "/events", "webchannel"));

    String files = c + "/attachments";
    byte[] tenMegabytesAndOne = com.complaintdesk.evidence.EvidenceFiles.pngOfSize(10 * 1024 * 1024 + 1);
    probes.put("POST /api/complaints/{complaintId}/attachments 201", () -> upload(files, "webchannel", "photo.png",
        com.complaintdesk.evidence.EvidenceFiles.png()));
    probes.put("POST /api/complaints/{complaintId}/attachments 400", () -> upload(files, "webchannel", "e.txt",
        new byte[0]));
    probes.put("POST /api/complaints/{complaintId}/attachments 401", () -> upload(files, null, "photo.png",
        com.complaintdesk.evidence.EvidenceFiles.png()));
    probes.put("POST /api/complaints/{complaintId}/attachments 403", () -> upload(files, "olga", "photo.png",
        com.complaintdesk.evidence.EvidenceFiles.png()));
    probes.put("POST /api/complaints/{complaintId}/attachments 404", () -> upload(missing + "/attachments", "carla",
        "photo.png", com.complaintdesk.evidence.EvidenceFiles.png()));
    probes.put("POST /api/complaints/{complaintId}/attachments 409", () -> {
      String closed = submitAndSettle(KETTLE_COMPLAINT);
      jdbc.sql("UPDATE complaint SET status = 'CLOSED' WHERE id = ?").param(closed).update();
      return upload("/api/complaints/" + closed + "/attachments", "webchannel", "late.png",
          com.complaintdesk.evidence.EvidenceFiles.png());
    });
    probes.put("POST /api/complaints/{complaintId}/attachments 413", () -> upload(files, "webchannel", "big.png",
        tenMegabytesAndOne));
    probes.put("POST /api/complaints/{complaintId}/attachments 415", () -> upload(files, "webchannel", "photo.jpg",
        com.complaintdesk.evidence.EvidenceFiles.exe()));
    probes.put("GET /api/complaints/{complaintId}/attachments 200", () -> get(files, "carla"));
    probes.put("GET /api/complaints/{complaintId}/attachments 401", () -> get(files, null));
    probes.put("GET /api/complaints/{complaintId}/attachments 403", () -> get(files, "anna"));
    probes.put("GET /api/complaints/{complaintId}/attachments 404", () -> get(missing + "/attachments", "carla"));
    java.util.function.Supplier<String> anyFile = () -> get(files, "sam").json().get(0).get("link").asText();
    probes.put("GET /api/complaints/{complaintId}/attachments/{attachmentId} 200", () -> get(anyFile.get(), "carla"));
    probes.put("GET /api/complaints/{complaintId}/attachments/{attachmentId} 401", () -> get(anyFile.get(), null));
    probes.put("GET /api/complaints/{complaintId}/attachments/{attachmentId} 403", () -> get(anyFile.get(), "anna"));
    probes.put("GET /api/complaints/{complaintId}/attachments/{attachmentId} 404", () -> get(files + "/0", "carla"));
    String upload = "/api/uploads/" + jdbc.sql("SELECT token FROM upload_link WHERE complaint_id = ?").param(complaint)
        .query(String.class).single();
    probes.put("POST /api/uploads/{token} 201", () -> upload(upload, null, "receipt.pdf",
        com.complaintdesk.evidence.EvidenceFiles.pdf()));
    probes.put("POST /api/uploads/{token} 400", () -> upload(upload, null, "e.pdf", new byte[0]));
    probes.put("POST /api/uploads/{token} 404", () -> upload("/api/uploads/" + "A".repeat(43), null, "r.pdf",
        com.complaintdesk.evidence.EvidenceFiles.pdf()));
    probes.put("POST /api/uploads/{token} 409", () -> {
      String closed = submitAndSettle(KETTLE_COMPLAINT);
      jdbc.sql("UPDATE complaint SET status = 'CLOSED' WHERE id = ?").param(closed).update();
      return upload("/api/uploads/" + jdbc.sql("SELECT token FROM upload_link WHERE complaint_id = ?").param(closed)
          .query(String.class).single(), null, "late.png", com.complaintdesk.evidence.EvidenceFiles.png());
    });
    probes.put("POST /api/uploads/{token} 413", () -> upload(upload, null, "big.png", tenMegabytesAndOne));
    probes.put("POST /api/uploads/{token} 415", () -> plainText(upload, null));

    String token = surveyToken(surveyed());
    String survey = "/api/surveys/" + token;
    String answer = "{\"score\":4}";
    probes.put("POST /api/surveys/{token} 400", () -> post(survey, null, "{\"score\":2.5}"));
    probes.put("POST /api/surveys/{token} 413", () -> post(survey, null, huge));
    probes.put("POST /api/surveys/{token} 415", () -> plainText(survey, null));
    probes.put("POST /api/surveys/{token} 404", () -> post("/api/surveys/" + "A".repeat(43), null, answer));
    probes.put("POST /api/surveys/{token} 204", () -> post(survey, null, answer));
    probes.put("POST /api/surveys/{token} 409", () -> post(survey, null, answer));

    for (String report : List.of("/api/reports/escalations", "/api/reports/dashboard")) {
      probes.put("GET " + report + " 200", () -> get(report + "?from=2026-01-01&to=2026-12-31", "sam"));
      probes.put("GET " + report + " 400", () -> get(report + "?from=2026-12-31&to=2026-01-01", "sam"));
      probes.put("GET " + report + " 401", () -> get(report, null));
      probes.put("GET " + report + " 403", () -> get(report, "carla"));
    }
    for (String models : List.of("/api/models", "/api/models/changelog", "/api/models/export")) {
      probes.put("GET " + models + " 200", () -> get(models, "anna"));
      probes.put("GET " + models + " 401", () -> get(models, null));
      probes.put("GET " + models + " 403", () -> get(models, "sam"));
    }
    String migrations = "/api/models/migrations";
    String dryRun = "{\"process\":\"complaint-escalation\",\"where\":{\"complaintId\":\"CMP-NONE\"},\"dryRun\":true}";
    probes.put("POST " + migrations + " 200", () -> post(migrations, "anna", dryRun));
    probes.put("POST " + migrations + " 400", () -> post(migrations, "anna", "{}"));
    probes.put("POST " + migrations + " 401", () -> post(migrations, null, dryRun));
    probes.put("POST " + migrations + " 403", () -> post(migrations, "sam", dryRun));
    probes.put("POST " + migrations + " 404", () -> post(migrations, "anna", "{\"process\":\"no-such-process\"}"));
    probes.put("POST " + migrations + " 413", () -> post(migrations, "anna", huge));
    probes.put("POST " + migrations + " 415", () -> plainText(migrations, "anna"));
    String whatIf = "/api/policy/what-if?from=2026-01-01&to=2026-12-31";
    String table = read("processes/escalation-matrix.dmn");
    probes.put("POST /api/policy/what-if 200", () -> multipart(whatIf, "anna", "file", "escalation-matrix.dmn", table));
    probes.put("POST /api/policy/what-if 400", () -> multipart(whatIf, "anna", "file", "escalation-matrix.dmn", "<x/>"));
    probes.put("POST /api/policy/what-if 401", () -> multipart(whatIf, null, "file", "escalation-matrix.dmn", table));
    probes.put("POST /api/policy/what-if 403", () -> multipart(whatIf, "carla", "file", "escalation-matrix.dmn", table));
    probes.put("POST /api/policy/what-if 413", () -> multipart(whatIf, "anna", "file", "escalation-matrix.dmn", huge));
    probes.put("POST /api/policy/what-if 415", () -> post(whatIf, "anna", "{}"));
    return probes;
  }

  private static String read(String file) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Response plainText(String path, String user) {
    return send(request(path, user).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("a complaint", StandardCharsets.UTF_8)).build());
  }

  /** A valid login that belongs to no group of the desk. */
  private void ensureUserWithoutGroups() {
    if (identityService.createUserQuery().userId(NOBODY).count() == 0) {
      User user = identityService.newUser(NOBODY);
      user.setPassword("demo");
      identityService.saveUser(user);
    }
  }

  private JsonNode apiDocs() {
    Response docs = get("/v3/api-docs", "admin");
    assertThat(docs.status()).as(docs.body()).isEqualTo(200);
    return docs.json();
  }

  /** "METHOD path" → its responses, for every operation of the document. */
  private static Map<String, JsonNode> operations(JsonNode doc) {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
        op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().get("responses"))));
    return operations;
  }
}
