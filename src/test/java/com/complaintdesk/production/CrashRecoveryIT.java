package com.complaintdesk.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.complaintdesk.testsupport.Http.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 on the embedded default (the packaged jar on its H2 file, as users run it):
 * <ol>
 *   <li>8 clients submit complaints with Idempotency-Keys; the JVM is killed mid-stream after about 125
 *       answers of 201 and restarted on the same ./data. Every acknowledged complaint is there, and the
 *       clients' retries with the same keys give exactly one complaint per key;</li>
 *   <li>all level-1 deadlines are made due and the JVM is killed while the job executor runs them; after the
 *       restart every due job runs and no complaint enters level 2 twice.</li>
 * </ol>
 * The job locks of the killed JVM expire after 5 s (COMPLAINTS_JOB_LOCK_TIME_MS). Timings and counts go to
 * {@code target/crash-test/crash-recovery.txt}.
 */
@Tag("embedded")
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

  static final int CLIENTS = 8;
  static final int KILL_AFTER_ACKNOWLEDGED = 125;
  static final String ADMIN_PASSWORD = "crash-admin-secret";
  static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  static final String BODY = """
      {"customerId":"C-%d","customerName":"Client %d","customerEmail":"client%d@example.com","orderId":"O-5001",
       "productSku":"SKU-KETTLE-2","category":"PRODUCT_DEFECT","channel":"WEB","description":"Complaint %s"}""";

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> report = new LinkedHashMap<>();

  @Test
  void nothingAcknowledgedIsLostAndNoLevelIsEnteredTwice() throws Exception {
    Path jar = Path.of(System.getProperty("complaints.test.jar", "target/complaint-desk-1.0.0-SNAPSHOT.jar"));
    assertThat(jar).as("packaged jar (run through mvn verify)").exists();
    Path workDir = jar.toAbsolutePath().getParent().resolve("crash-test")
        .resolve(DateTimeFormatter.ofPattern("HHmmss").format(java.time.LocalTime.now()));
    Files.createDirectories(workDir);
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        "SPRING_PROFILES_ACTIVE", "demo",
        "COMPLAINTS_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "COMPLAINTS_JOB_LOCK_TIME_MS", "5000",
        "COMPLAINTS_JOB_MAX_WAIT_MS", "2000"));
    // -Dcrash.datasource-url=jdbc:h2:file:./data/complaint-desk shows what H2's default write delay loses
    String datasource = System.getProperty("crash.datasource-url");
    if (datasource != null && datasource.startsWith("jdbc:")) {
      env.put("SPRING_DATASOURCE_URL", datasource);
    }

    // 1. kill -9 during intake
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    Set<String> attempted = ConcurrentHashMap.newKeySet();
    AppNode first = AppNode.start("crash-1", jar, workDir, env, ADMIN_PASSWORD);
    try {
      first.awaitHealthy(START_TIMEOUT);
      submitUntilKilled(first, acknowledged, attempted);
    } finally {
      first.close();
    }
    report.put("acknowledged before kill -9", Integer.toString(acknowledged.size()));
    report.put("keys attempted", Integer.toString(attempted.size()));

    AppNode second = AppNode.start("crash-2", jar, workDir, env, ADMIN_PASSWORD);
    List<String> complaintIds;
    try {
      second.awaitHealthy(START_TIMEOUT);
      List<String> lost = new ArrayList<>();
      for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
        if (second.get("/api/complaints/" + ack.getValue()).status() != 200) {
          lost.add(ack.getKey() + " -> " + ack.getValue());
        }
      }
      report.put("acknowledged complaints lost", Integer.toString(lost.size()));
      assertThat(lost).as("acknowledged complaints lost by kill -9").isEmpty();

      Map<String, String> afterRetry = new LinkedHashMap<>();
      for (String key : attempted) {
        Response retry = submit(second, key);
        assertThat(retry.status()).as(key + ": " + retry.body()).isEqualTo(201);
        String id = json.readTree(retry.body()).get("complaintId").asText();
        afterRetry.put(key, id);
        if (acknowledged.containsKey(key)) {
          assertThat(id).as("the retry of " + key + " returns the acknowledged complaint").isEqualTo(acknowledged.get(key));
          assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        }
      }
      complaintIds = new ArrayList<>(afterRetry.values());
      assertThat(Set.copyOf(complaintIds)).as("one complaint per key").hasSize(attempted.size());
      JsonNode escalations = json.readTree(second.get("/api/reports/escalations").body());
      assertThat(escalations.get("complaints").asInt()).as("and no others").isEqualTo(attempted.size());

      // 2. kill -9 while the job executor works through due deadlines
      awaitCondition("all complaints at level 1", Duration.ofMinutes(4), second,
          () -> count(second, "/engine-rest/task/count?taskDefinitionKey=Task_ResolveAtFrontLine") == attempted.size());
      List<String> deadlines = ids(second, "/engine-rest/job?activityId=BoundaryEvent_Level1DeadlinePassed");
      assertThat(deadlines).hasSize(attempted.size());
      String due = DateTimeFormatter.ISO_INSTANT.format(Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS))
          .replace("Z", ".000+0000");
      // suspended while their due dates change, then released together: the executor gets them all at once
      List<String> definitions = ids(second, "/engine-rest/job-definition?activityIdIn=BoundaryEvent_Level1DeadlinePassed");
      for (String definition : definitions) {
        assertThat(second.send("PUT", "/engine-rest/job-definition/" + definition + "/suspended",
            "{\"suspended\":true,\"includeJobs\":true}", Map.of()).status()).isEqualTo(204);
      }
      for (String job : deadlines) {
        assertThat(second.send("PUT", "/engine-rest/job/" + job + "/duedate", "{\"duedate\":\"" + due + "\"}", Map.of())
            .status()).isEqualTo(204);
      }
      for (String definition : definitions) {
        assertThat(second.send("PUT", "/engine-rest/job-definition/" + definition + "/suspended",
            "{\"suspended\":false,\"includeJobs\":true}", Map.of()).status()).isEqualTo(204);
      }
      awaitCondition("the first level-2 tasks", Duration.ofMinutes(1), second,
          () -> count(second, "/engine-rest/task/count?taskDefinitionKey=Task_ResolveAsExpert") > 0);
    } finally {
      // at once: the job executor is working through the deadlines made due
      second.kill();
    }

    Instant restart = Instant.now();
    try (AppNode third = AppNode.start("crash-3", jar, workDir, env, ADMIN_PASSWORD)) {
      third.awaitHealthy(START_TIMEOUT);
      report.put("level-2 tasks found after the kill", Long.toString(
          count(third, "/engine-rest/task/count?taskDefinitionKey=Task_ResolveAsExpert")));
      awaitCondition("every complaint at level 2", Duration.ofMinutes(4), third,
          () -> count(third, "/engine-rest/task/count?taskDefinitionKey=Task_ResolveAsExpert") == attempted.size()
              && count(third, "/engine-rest/task/count?taskDefinitionKey=Task_ResolveAtFrontLine") == 0);
      report.put("all level-2 tasks after restart", Duration.between(restart, Instant.now()).toMillis() + " ms");
      assertThat(count(third, "/engine-rest/job/count?executable=true")).as("every due job ran").isZero();
      assertThat(count(third, "/engine-rest/incident/count")).isZero();
      List<String> twice = new ArrayList<>();
      for (String id : complaintIds) {
        JsonNode complaint = json.readTree(third.get("/api/complaints/" + id).body());
        long intoLevel2 = 0;
        for (JsonNode step : complaint.get("escalations")) {
          intoLevel2 += step.get("toLevel").asInt() == 2 ? 1 : 0;
        }
        long levelTasks = 0;
        for (JsonNode task : complaint.get("openTasks")) {
          levelTasks += task.get("taskDefinitionKey").asText().equals("Task_ReviewRootCause") ? 0 : 1;
        }
        if (intoLevel2 != 1 || levelTasks != 1) {
          twice.add(id + ": entered level 2 " + intoLevel2 + "x, open level tasks " + levelTasks);
        }
      }
      report.put("complaints with a level entered twice or a duplicate task", Integer.toString(twice.size()));
      assertThat(twice).isEmpty();
    } finally {
      Files.writeString(workDir.getParent().resolve("crash-recovery.txt"), report.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
    }
  }

  private void submitUntilKilled(AppNode node, Map<String, String> acknowledged, Set<String> attempted)
      throws Exception {
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.submit(() -> {
        for (int n = 0; !killed.get(); n++) {
          String key = "client-" + client + "-" + n;
          attempted.add(key);
          try {
            Response response = submit(node, key);
            if (response.status() == 201) {
              acknowledged.put(key, json.readTree(response.body()).get("complaintId").asText());
            }
          } catch (Exception connectionLost) {
            return null;
          }
        }
        return null;
      });
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    node.kill();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
  }

  private static Response submit(AppNode node, String key) throws Exception {
    int client = Integer.parseInt(key.split("-")[1]);
    return node.send("POST", "/api/complaints", BODY.formatted(client, client, client, key),
        Map.of("Idempotency-Key", key));
  }

  private long count(AppNode node, String path) {
    try {
      return json.readTree(node.get(path).body()).get("count").asLong();
    } catch (Exception e) {
      return -1;
    }
  }

  private List<String> ids(AppNode node, String path) throws Exception {
    List<String> ids = new ArrayList<>();
    json.readTree(node.get(path).body()).forEach(job -> ids.add(job.get("id").asText()));
    return ids;
  }

  private static void awaitCondition(String what, Duration timeout, AppNode node, BooleanSupplier condition)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not reached within " + timeout + ": " + what + "\n" + node.logTail());
  }
}
