package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.ComplaintDeskApplication;
import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.policy.ModelsProperties.OnStart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Analysts deploy from Camunda Modeler, with Modeler's own request: the connection check, then a multipart
 * {@code POST /engine-rest/deployment/create} with its fields and the file. A deployment that would break
 * complaints is refused as a whole, with a message Modeler shows; a release started later keeps their work.
 */
@ExtendWith(OutputCaptureExtension.class)
@org.junit.jupiter.api.Tag(AppTestSupport.OWN_CONTEXT)
@org.springframework.test.annotation.DirtiesContext
class ModelerDeploymentApiTest extends AppTestSupport {

  @org.springframework.beans.factory.annotation.Autowired org.springframework.core.env.Environment environment;

  static final Path MATRIX = Path.of("processes/escalation-matrix.dmn");
  static final String MEDIUM_LEVEL_1 = "<outputEntry id=\"OutputEntry_9_1\">\n          <text>\"P1D\"</text>";

  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngine engine;
  @Autowired ReleaseModels releaseModels;
  @Autowired ModelsProperties models;
  @Autowired BusinessCalendar calendar;

  @AfterEach
  void backToTheRelease() {
    releaseModels.deploy(engine, ReleaseResource.find(models.locations()), OnStart.RELEASE_WINS);
  }

  @Test
  void annaDeploysAChangedDeadlineAsModelerDoesAndNewComplaintsUseItAtOnce() {
    assertThat(get("/engine-rest/deployment?maxResults=0", "anna").status()).isEqualTo(200);
    assertThat(get("/engine-rest/version", "anna").status()).isEqualTo(200);

    Response deployed = deploy("anna", "escalation-matrix.dmn", level1Everywhere("\"PT4H\""), null);

    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.json().path("deployedDecisionDefinitions").toString()).contains("escalation-matrix");
    Instant before = Instant.now();
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Instant after = Instant.now();
    var complaint = complaint(id);
    Instant due = Instant.parse(complaint.get("levelDueAt").asText());
    BusinessDuration fourHours = BusinessDuration.parse("PT4H");
    assertThat(due).isBetween(calendar.add(before, fourHours, false).minusSeconds(1),
        calendar.add(after, fourHours, false).plusSeconds(1));

    var models = get("/api/models", "anna").json();
    var matrix = java.util.stream.StreamSupport.stream(models.spliterator(), false)
        .filter(m -> m.get("key").asText().equals("escalation-matrix")).findFirst().orElseThrow();
    assertThat(matrix.get("newerThanRelease").asBoolean()).isTrue();
    assertThat(matrix.get("deployedBy").asText()).isEqualTo("anna");
    assertThat(matrix.get("file").asText()).isEqualTo("processes/escalation-matrix.dmn");
    var change = get("/api/models/changelog", "anna").json().get(0);
    assertThat(change.get("deployedBy").asText()).isEqualTo("anna");
    assertThat(change.get("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(change.get("definitions").toString()).contains("escalation-matrix v" + latestMatrix().getVersion());
    Map<String, byte[]> exported = unzip(send(request("/api/models/export", "anna").GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
    assertThat(exported).containsOnlyKeys("processes/escalation-matrix.dmn");
    assertThat(new String(exported.get("processes/escalation-matrix.dmn"), StandardCharsets.UTF_8))
        .isEqualTo(new String(level1Everywhere("\"PT4H\""), StandardCharsets.UTF_8));
  }

  Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  byte[] send(HttpRequest request, java.net.http.HttpResponse.BodyHandler<byte[]> bytes) {
    try {
      var response = java.net.http.HttpClient.newHttpClient().send(request, bytes);
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"carla", "ed", "sam", "erin", "quinn", "olga", "webchannel"})
  void noOtherRoleDeploys(String user) {
    long deployments = repositoryService.createDeploymentQuery().count();
    Response refused = deploy(user, "escalation-matrix.dmn", matrixWith(MEDIUM_LEVEL_1, "\"PT4H\""), null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void annaDoesNothingOnComplaintsTasksUsersOrAuthorizations() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String task = openTask(id).getId();
    assertThat(get("/engine-rest/task", "anna").status()).isEqualTo(403);
    assertThat(completeTask(task, "anna", "{}").status()).isEqualTo(403);
    assertThat(get("/engine-rest/process-instance", "anna").status()).isEqualTo(403);
    assertThat(get("/api/complaints/" + id, "anna").status()).isIn(403, 404);
    assertThat(post("/engine-rest/user/create", "anna", "{\"profile\":{\"id\":\"mallory\"}}").status()).isEqualTo(403);
    assertThat(post("/engine-rest/authorization/create", "anna", "{}").status()).isEqualTo(403);
    String deploymentId = repositoryService.createDeploymentQuery().list().get(0).getId();
    assertThat(send(request("/engine-rest/deployment/" + deploymentId, "anna").DELETE().build()).status())
        .isEqualTo(403);
    assertThat(post("/engine-rest/deployment/" + deploymentId + "/redeploy", "anna", "{}").status()).isEqualTo(403);
  }

  @Test
  void aDeploymentCannotScheduleItsActivation() {
    Map<String, String> fields = modelerFields("escalation-matrix");
    fields.put("deployment-activation-time", "2099-01-01T00:00:00.000+0000");
    Response refused = send(multipart("anna", fields, "escalation-matrix.dmn", read(MATRIX)));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("deployment-activation-time");
  }

  @Test
  void aDeploymentIsAtMostOneMegabyte() {
    String form = frontLineFormWith("{\"type\": \"text\", \"id\": \"Text_Padding\", \"text\": \""
        + "x".repeat(1_100_000) + "\"}");
    Response refused = deploy("anna", "resolve-at-front-line.form", form.getBytes(StandardCharsets.UTF_8), null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
  }

  @Test
  void aDeadlineThatIsNotADurationIsRefusedWithAMessageNamingTheFileTheTableAndTheCell() {
    assertRefused(deploy("anna", "escalation-matrix.dmn", matrixWith(MEDIUM_LEVEL_1, "\"4 hours\""), null),
        "escalation-matrix.dmn (escalation-matrix): deadline '4 hours' for MEDIUM level 1 is not an ISO-8601 duration");
  }

  @Test
  void aMissingRowIsRefused() {
    String matrix = new String(read(MATRIX), StandardCharsets.UTF_8).replaceAll("(?s)<rule id=\"Rule_13\">.*?</rule>",
        "");
    assertRefused("escalation-matrix.dmn", matrix,
        "no rule for LOW level 1");
  }

  @Test
  void aReminderShareOutsideZeroToOneIsRefused() {
    String matrix = new String(read(MATRIX), StandardCharsets.UTF_8).replaceFirst(
        "<outputEntry id=\"OutputEntry_9_2\">\\s*<text>0.75</text>", "<outputEntry id=\"OutputEntry_9_2\"><text>1.5</text>");
    assertRefused("escalation-matrix.dmn", matrix,
        "reminder share 1.5 for MEDIUM level 1 is not between 0 and 1");
  }

  @Test
  void aTenantIdIsRefusedBecauseTheDeskIsSingleTenant() {
    assertRefused(deploy("anna", "escalation-matrix.dmn", read(MATRIX), "acme"), "single-tenant");
    assertThat(repositoryService.createDecisionDefinitionQuery().tenantIdIn("acme").count()).isZero();
    assertThat(post("/api/complaints", "webchannel", KETTLE_COMPLAINT).status()).isEqualTo(201);
  }

  @Test
  void aNegativeOrMissingMaximumAndALevelWithLessAuthorityAreRefused() {
    String policy = text("processes/resolution-policy.dmn");
    String maximum = policy.replaceAll("(?s)(<outputEntry id=\"OutputEntry_1_2\">\\s*<text>)[^<]*", "$1-10");
    assertRefused("resolution-policy.dmn", maximum,
        "negative maximum");
    String missing = policy.replaceAll("(?s)(<outputEntry id=\"OutputEntry_1_2\">\\s*<text>)[^<]*", "$1");
    assertRefused("resolution-policy.dmn", missing,
        "has no maximum amount");
    String lessAtLevel2 = policy.replaceAll("(?s)(<outputEntry id=\"OutputEntry_8_2\">\\s*<text>)[^<]*", "$150");
    assertRefused("resolution-policy.dmn", lessAtLevel2,
        "level 2 may offer less than level 1: REFUND up to 100.0 at level 1, up to 50.0 at level 2");
  }

  @Test
  void anExpertGroupThatDoesNotExistIsRefused() {
    String directory = text("processes/expert-directory.dmn").replace("\"experts-billing\"", "\"experts-bills\"");
    assertRefused("expert-directory.dmn", directory,
        "expert group 'experts-bills' for category BILLING does not exist");
  }

  @Test
  void aUserTaskWithoutAFormOrWithAGroupThatDoesNotExistIsRefused() {
    String escalation = text("processes/complaint-escalation.bpmn");
    String noForm = escalation.replace("camunda:formRef=\"resolve-at-front-line\" camunda:formRefBinding=\"latest\" ", "");
    assertRefused("complaint-escalation.bpmn", noForm,
        "complaint-escalation.bpmn (Task_ResolveAtFrontLine): user task has no form");
    String unknownForm = escalation.replace("camunda:formRef=\"resolve-at-front-line\"", "camunda:formRef=\"resolve-at-front\"");
    assertRefused("complaint-escalation.bpmn", unknownForm,
        "form 'resolve-at-front' is neither in this deployment nor deployed");
    String typo = escalation.replace("camunda:candidateGroups=\"supervisors\"", "camunda:candidateGroups=\"supervisor\"");
    assertRefused("complaint-escalation.bpmn", typo,
        "(Task_ResolveAsSupervisor): candidate group 'supervisor' does not exist");
    String noGroup = escalation.replace(" camunda:candidateGroups=\"supervisors\"", "");
    assertRefused("complaint-escalation.bpmn", noGroup,
        "(Task_ResolveAsSupervisor): user task has no candidate group");
  }

  @Test
  void whatTheCodeReliesOnCannotBeRenamed() {
    assertRefused("escalation-matrix.dmn", new String(read(MATRIX), StandardCharsets.UTF_8)
        .replace("name=\"deadline\"", "name=\"deadlineDuration\""),
        "has no output 'deadline'");
    assertRefused("escalation-matrix.dmn", new String(read(MATRIX), StandardCharsets.UTF_8)
        .replace("id=\"escalation-matrix\"", "id=\"escalation-deadlines\""),
        "defines no decision 'escalation-matrix'");
    String escalation = text("processes/complaint-escalation.bpmn");
    assertRefused("complaint-escalation.bpmn", escalation.replace("name=\"CustomerSelfEscalated\"",
        "name=\"CustomerWentAbove\""),
        "has no message named 'CustomerSelfEscalated'");
    assertRefused("complaint-escalation.bpmn", escalation.replace("Task_RespondAsExecutiveOffice",
        "Task_AnswerAsExecutive"),
        "has no element 'Task_RespondAsExecutiveOffice'");
  }

  @Test
  void expressionsCannotReachIntoTheEngineOrTheApplication() {
    String escalation = text("processes/complaint-escalation.bpmn");
    for (String expression : List.of("${execution.processEngineServices.identityService}",
        "${identityService.createMembership(&#x27;anna&#x27;, &#x27;camunda-admin&#x27;)}",
        "${&#x27;&#x27;.getClass().forName(&#x27;java.lang.Runtime&#x27;)}", "${runtimeService}",
        "${execution.getVariable(&#x27;x&#x27;).getClass()}")) {
      String hostile = escalation.replaceFirst("\\$\\{execution.setVariable\\(&#x27;escalationReason&#x27;, "
          + "&#x27;DEADLINE_PASSED&#x27;\\)}", java.util.regex.Matcher.quoteReplacement(expression));
      assertRefused("complaint-escalation.bpmn", hostile,
          "expression");
    }
    String scriptCondition = escalation.replaceFirst("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">",
        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">");
    assertThat(scriptCondition).isNotEqualTo(escalation);
    assertRefused("complaint-escalation.bpmn", scriptCondition,
        "a condition in a script language ('javascript') is not allowed");
  }

  @Test
  void aFormTasklistCannotShowIsRefusedButTodaysSchemaVersionIsNot() {
    String form = text("forms/resolve-at-front-line.form");
    String filePicker = frontLineFormWith("{\"type\": \"filepicker\", \"id\": \"Field_Photos\", \"key\": \"photos\", "
        + "\"label\": \"Photos\"}");
    assertRefused("resolve-at-front-line.form", filePicker,
        "component type 'filepicker' is not one Camunda 7.24's Tasklist can show");
    String modeler540 = form.replaceFirst("\"schemaVersion\": \\d+", "\"schemaVersion\": 19");
    Response accepted = deploy("anna", "resolve-at-front-line.form", modeler540.getBytes(StandardCharsets.UTF_8), null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
  }

  @Test
  void aRedeployedFormsNewFieldIsAcceptedAtOnceAndARemovedOneRefused() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String task = openTask(id).getId();
    String form = text("forms/resolve-at-front-line.form");
    String withNote = frontLineFormWith("{\"type\": \"textfield\", \"id\": \"Field_AgentNote\", \"key\": \"agentNote\", "
        + "\"label\": \"Note\"}");
    assertThat(deploy("anna", "resolve-at-front-line.form", withNote.getBytes(StandardCharsets.UTF_8), null).status())
        .isEqualTo(200);
    Response unknownOutcome = completeTask(task, "carla", "{\"agentNote\":{\"value\":\"called back\"},"
        + "\"outcome\":{\"value\":\"NOT_AN_OUTCOME\"}}");
    assertThat(unknownOutcome.body()).doesNotContain("agentNote is not a field");

    assertThat(deploy("anna", "resolve-at-front-line.form", form.getBytes(StandardCharsets.UTF_8), null).status())
        .isEqualTo(200);
    Response removed = completeTask(task, "carla", "{\"agentNote\":{\"value\":\"called back\"}}");
    assertThat(removed.status()).isEqualTo(400);
    assertThat(removed.json().get("message").asText()).contains("agentNote is not a field of this task's form");
  }

  @Test
  void aRefusedDeploymentLeavesIntakeAndOpenComplaintsAsTheyWere() {
    String open = submitAndSettle(KETTLE_COMPLAINT);
    String dueBefore = complaint(open).get("levelDueAt").asText();
    long deployments = repositoryService.createDeploymentQuery().count();
    long incidents = runtimeService.createIncidentQuery().count();
    DecisionDefinition matrix = latestMatrix();

    assertThat(deploy("anna", "escalation-matrix.dmn", matrixWith(MEDIUM_LEVEL_1, "\"4 hours\""), null).status())
        .isEqualTo(400);

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latestMatrix().getId()).isEqualTo(matrix.getId());
    assertThat(complaint(open).get("levelDueAt").asText()).isEqualTo(dueBefore);
    String next = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(complaint(next).get("status").asText()).isNotEqualTo("RECEIVED");
    assertThat(runtimeService.createIncidentQuery().count()).isEqualTo(incidents);
  }

  @Test
  void aLaterReleaseKeepsTheAnalystsNewerTableAndSaysSo(@TempDir Path release, CapturedOutput log) throws IOException {
    assertThat(deploy("anna", "escalation-matrix.dmn", matrixWith(MEDIUM_LEVEL_1, "\"PT4H\""), null).status())
        .isEqualTo(200);
    DecisionDefinition annas = latestMatrix();
    Path processes = Files.createDirectories(release.resolve("processes"));
    Path forms = Files.createDirectories(release.resolve("forms"));
    for (Path file : Files.list(Path.of("processes")).toList()) {
      Files.copy(file, processes.resolve(file.getFileName()));
    }
    for (Path file : Files.list(Path.of("forms")).toList()) {
      Files.copy(file, forms.resolve(file.getFileName()));
    }
    Path relabelled = forms.resolve("log-phone-complaint.form");
    Files.writeString(relabelled, Files.readString(relabelled).replaceFirst("\"label\": \"", "\"label\": \"Caller's "));
    long deployments = repositoryService.createDeploymentQuery().count();

    // the next release runs beside this one on the same database until the tests end: closing it would also
    // stop the process engine registry that this node's REST API looks its engine up in
    ConfigurableApplicationContext next = new SpringApplicationBuilder(ComplaintDeskApplication.class)
        .profiles("demo", "test")
        .run("--server.port=0", "--spring.jmx.enabled=false", "--camunda.bpm.process-engine-name=next-release",
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
            "--complaints.models.locations=file:" + release + "/processes/*.bpmn,file:" + release
                + "/processes/*.dmn,file:" + release + "/forms/*.form");
    {
      assertThat(latestMatrix().getId()).isEqualTo(annas.getId());
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments + 1);
      var releaseDeployment = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
      assertThat(repositoryService.getDeploymentResourceNames(releaseDeployment.getId()))
          .containsExactly("forms/log-phone-complaint.form");
      var row = next.getBean(com.complaintdesk.decision.Decisions.class)
          .evaluate("escalation-matrix", Map.of("priority", "MEDIUM", "level", 1)).getSingleResult();
      assertThat((String) row.getEntry("deadline")).isEqualTo("PT4H");
    }
    assertThat(log.getOut()).contains("Kept escalation-matrix v" + annas.getVersion())
        .contains("by anna").contains("the release's processes/escalation-matrix.dmn");
  }

  DecisionDefinition latestMatrix() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("escalation-matrix").latestVersion()
        .singleResult();
  }

  /** anna deploys the file as Modeler does, and it is refused with a message that says why. */
  void assertRefused(String fileName, String content, String message) {
    assertRefused(deploy("anna", fileName, content.getBytes(StandardCharsets.UTF_8), null), message);
  }

  void assertRefused(Response response, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("Deployment refused").contains(message);
  }

  Response deploy(String user, String fileName, byte[] content, String tenantId) {
    Map<String, String> fields = modelerFields(fileName.substring(0, fileName.indexOf('.')));
    if (tenantId != null) {
      fields.put("tenant-id", tenantId);
    }
    return send(multipart(user, fields, fileName, content));
  }

  /** The fields Camunda Modeler 5 sends, in its order. */
  static Map<String, String> modelerFields(String deploymentName) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentName);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    return fields;
  }

  HttpRequest multipart(String user, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----ModelerBoundary" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request("/engine-rest/deployment/create", user).header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  static byte[] matrixWith(String cell, String value) {
    String matrix = new String(read(MATRIX), StandardCharsets.UTF_8);
    assertThat(matrix).contains(cell);
    return matrix.replace(cell, cell.replace("\"P1D\"", value)).getBytes(StandardCharsets.UTF_8);
  }

  /** The analyst shortens level 1 for every priority. */
  static byte[] level1Everywhere(String value) {
    String matrix = new String(read(MATRIX), StandardCharsets.UTF_8);
    for (int rule : new int[] {1, 5, 9, 13}) {
      matrix = matrix.replaceFirst("(<outputEntry id=\"OutputEntry_" + rule + "_1\">\\s*<text>)[^<]*",
          "$1" + java.util.regex.Matcher.quoteReplacement(value));
    }
    return matrix.getBytes(StandardCharsets.UTF_8);
  }

  /** The front line's form with one more component first. */
  static String frontLineFormWith(String component) {
    return text("forms/resolve-at-front-line.form").replaceFirst("\"components\": \\[",
        java.util.regex.Matcher.quoteReplacement("\"components\": [" + component + ","));
  }

  static String text(String path) {
    return new String(read(Path.of(path)), StandardCharsets.UTF_8);
  }

  static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
