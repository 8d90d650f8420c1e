package com.complaintdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.complaintdesk.testsupport.AppNode;
import com.complaintdesk.testsupport.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.complaintdesk.testsupport.Http.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two real nodes (the packaged jar, configured by environment exactly as docker/docker-compose.yml does,
 * except for the demo profile and a short job lock time) on one PostgreSQL database:
 * <ol>
 *   <li>rolling start: both nodes seed users, groups and authorizations without duplicates;</li>
 *   <li>100 complaints submitted across both nodes; all their level-1 deadlines made due in one statement;
 *       every complaint reaches exactly one level-2 task, no duplicate escalation, no incident;</li>
 *   <li>all level-2 deadlines made due, one node killed (-9) while it holds locked jobs: the survivor
 *       completes them once their lock expires, within lock time + acquisition back-off.</li>
 * </ol>
 * Timings go to {@code target/cluster-test/two-node-timings.txt}. Skipped without a test PostgreSQL.
 */
@Tag("postgres")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class TwoNodeClusterIT {

  static final int COMPLAINTS = 100;
  static final int LOCK_TIME_MS = 20_000;
  static final int MAX_WAIT_MS = 5_000;
  static final String ADMIN_PASSWORD = "cluster-admin-secret";
  static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, String> timings = new LinkedHashMap<>();
  private Connection db;

  @Test
  void twoNodesShareTheWorkAndTakeOverADeadNodesJobs() throws Exception {
    assumeTrue(PostgresTestDatabase.configured(), "no test PostgreSQL (COMPLAINTS_TEST_PG_URL) configured");
    Path jar = Path.of(System.getProperty("complaints.test.jar", "target/complaint-desk-1.0.0-SNAPSHOT.jar"));
    assertThat(jar).as("packaged jar (run through mvn verify)").exists();
    Path workDir = jar.toAbsolutePath().getParent().resolve("cluster-test");
    Files.createDirectories(workDir);

    String url = PostgresTestDatabase.createDatabase("cluster");
    Map<String, String> env = Map.of(
        "SPRING_PROFILES_ACTIVE", "demo",
        "SPRING_DATASOURCE_URL", url,
        "SPRING_DATASOURCE_USERNAME", PostgresTestDatabase.user(),
        "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.password(),
        "COMPLAINTS_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "COMPLAINTS_JOB_LOCK_TIME_MS", Integer.toString(LOCK_TIME_MS),
        "COMPLAINTS_JOB_MAX_WAIT_MS", Integer.toString(MAX_WAIT_MS));
    timings.put("database", url);
    timings.put("lock time / max acquisition wait", LOCK_TIME_MS + " ms / " + MAX_WAIT_MS + " ms");

    AppNode a = null;
    AppNode b = null;
    Instant begin = Instant.now();
    try (Connection connection = PostgresTestDatabase.connect(url)) {
      db = connection;

      // 1. rolling start
      a = AppNode.start("node-a", jar, workDir, env, ADMIN_PASSWORD);
      a.awaitHealthy(START_TIMEOUT);
      record("node-a started (empty database: schema + seeding)", begin);
      Instant bStart = Instant.now();
      b = AppNode.start("node-b", jar, workDir, env, ADMIN_PASSWORD);
      b.awaitHealthy(START_TIMEOUT);
      record("node-b started (existing database)", bStart);
      assertThat(count("select count(*) from act_id_user")).as("admin + 9 demo users").isEqualTo(10);
      assertThat(count("select count(*) from (select group_id_, user_id_ from act_id_membership"
          + " group by group_id_, user_id_ having count(*) > 1) d")).isZero();
      assertThat(count("select count(*) from (select group_id_, user_id_, resource_type_, resource_id_"
          + " from act_ru_authorization group by group_id_, user_id_, resource_type_, resource_id_"
          + " having count(*) > 1) d")).as("duplicate authorizations").isZero();
      assertThat(count("select count(*) from act_re_procdef where key_ = 'complaint-escalation'"))
          .as("one deployment of each model although both nodes deployed").isEqualTo(1);

      // 2. 100 complaints across both nodes
      Instant submitStart = Instant.now();
      List<String> ids = submit(a, b);
      record("100 complaints submitted (8 concurrent clients, alternating nodes)", submitStart);
      awaitCondition("all complaints waiting at level 1", Duration.ofMinutes(3), List.of(a, b),
          () -> tasks("Task_ResolveAtFrontLine") == COMPLAINTS);
      record("100 complaints at level 1", submitStart);
      for (String id : ids) {
        assertThat(openTaskKeys(b, id)).as(id).containsExactly("Task_ResolveAtFrontLine");
      }

      List<String> l1 = jobIds(b, "BoundaryEvent_Level1DeadlinePassed");
      assertThat(l1).hasSize(COMPLAINTS);
      Instant due1 = makeDue(l1);
      awaitCondition("every complaint at level 2", Duration.ofMinutes(3), List.of(a, b),
          () -> tasks("Task_ResolveAsExpert") == COMPLAINTS && tasks("Task_ResolveAtFrontLine") == 0);
      record("100 level-1 deadlines due at once -> 100 level-2 tasks", due1);
      for (String id : ids) {
        JsonNode view = complaint(a, id);
        assertThat(view.path("level").asInt()).as(id).isEqualTo(2);
        assertThat(openTaskKeys(a, id)).as(id).containsExactly("Task_ResolveAsExpert");
      }
      assertThat(count("select count(*) from escalation_step where to_level = 2")).isEqualTo(COMPLAINTS);
      assertThat(count("select count(distinct complaint_id) from escalation_step where to_level = 2"))
          .isEqualTo(COMPLAINTS);
      assertThat(incidents(a)).isZero();
      assertThat(incidents(b)).isZero();
      timings.put("level-1 deadline jobs executed per node", jobsPerNode("BoundaryEvent_Level1DeadlinePassed"));

      // 3. failover: kill node-a while it holds locked jobs
      List<String> l2 = jobIds(b, "BoundaryEvent_Level2DeadlinePassed");
      assertThat(l2).hasSize(COMPLAINTS);
      Instant due2 = makeDue(l2);
      Instant lockSeen = pollUntilLocked("node-a-%", Duration.ofSeconds(60));
      a.kill();
      Instant killed = Instant.now();
      timings.put("node-a killed (-9) after level-2 deadlines due", ms(due2, killed)
          + " (first lock by node-a seen after " + ms(due2, lockSeen) + ")");
      Map<String, Instant> orphans = lockedJobs("node-a-%");
      timings.put("jobs left locked by dead node-a", Integer.toString(orphans.size()));
      assertThat(orphans).as("node-a held locked jobs when it died").isNotEmpty();

      Duration bound = Duration.ofMillis(LOCK_TIME_MS + MAX_WAIT_MS).plusSeconds(30);
      awaitCondition("survivor finishes every complaint's level-2 deadline", bound.plusMinutes(2), List.of(b),
          () -> tasks("Task_ResolveAsSupervisor") == COMPLAINTS && tasks("Task_ResolveAsExpert") == 0
              && count("select count(*) from act_ru_job where lock_owner_ like 'node-a-%'") == 0);
      record("kill -> all 100 complaints at level 3 on node-b", killed);

      Instant lastTakeover = killed;
      for (Map.Entry<String, Instant> orphan : orphans.entrySet()) {
        Completion done = completion(orphan.getKey());
        assertThat(done).as("orphaned job " + orphan.getKey() + " completed").isNotNull();
        assertThat(done.hostname()).isEqualTo("node-b");
        assertThat(done.at()).as("not before its lock expired").isAfterOrEqualTo(orphan.getValue().minusSeconds(1));
        lastTakeover = done.at().isAfter(lastTakeover) ? done.at() : lastTakeover;
      }
      timings.put("kill -> last orphaned job completed by node-b", ms(killed, lastTakeover)
          + " (bound: lock time " + LOCK_TIME_MS + " ms + max wait " + MAX_WAIT_MS + " ms)");
      timings.put("orphaned jobs: latest lock expiry after kill", ms(killed,
          orphans.values().stream().max(Instant::compareTo).orElse(killed)));
      assertThat(Duration.between(killed, lastTakeover))
          .isLessThanOrEqualTo(Duration.ofMillis(LOCK_TIME_MS + MAX_WAIT_MS).plusSeconds(10));
      assertThat(count("select count(*) from escalation_step where to_level = 3")).isEqualTo(COMPLAINTS);
      assertThat(count("select count(distinct complaint_id) from escalation_step where to_level = 3"))
          .isEqualTo(COMPLAINTS);
      assertThat(incidents(b)).isZero();
      timings.put("level-2 deadline jobs executed per node", jobsPerNode("BoundaryEvent_Level2DeadlinePassed"));
      record("whole two-node test", begin);
    } finally {
      closeQuietly(a);
      closeQuietly(b);
      StringBuilder report = new StringBuilder("Two-node cluster test, " + Instant.now() + "\n");
      timings.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
      Files.writeString(workDir.resolve("two-node-timings.txt"), report);
      System.out.println(report);
    }
  }

  private List<String> submit(AppNode a, AppNode b) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < COMPLAINTS; i++) {
        AppNode node = i % 2 == 0 ? a : b;
        String body = String.format("{\"customerId\":\"CLUSTER-%03d\",\"customerEmail\":\"cluster%03d@example.com\","
            + "\"category\":\"PRODUCT_DEFECT\",\"channel\":\"EMAIL\",\"severity\":\"LOW\","
            + "\"description\":\"Two-node test complaint %d\"}", i, i, i);
        results.add(clients.submit(() -> {
          Response response = node.post("/api/complaints", body);
          assertThat(response.status()).as(node.name + ": " + response.body()).isEqualTo(201);
          return json.readTree(response.body()).path("complaintId").asText();
        }));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> result : results) {
        ids.add(result.get(2, TimeUnit.MINUTES));
      }
      assertThat(ids).doesNotHaveDuplicates().hasSize(COMPLAINTS);
      return ids;
    } finally {
      clients.shutdownNow();
    }
  }

  private JsonNode complaint(AppNode node, String id) throws Exception {
    Response response = node.get("/api/complaints/" + id);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private List<String> openTaskKeys(AppNode node, String id) throws Exception {
    List<String> keys = new ArrayList<>();
    complaint(node, id).path("openTasks").forEach(t -> keys.add(t.path("taskDefinitionKey").asText()));
    return keys;
  }

  private List<String> jobIds(AppNode node, String activityId) throws Exception {
    Response response = node.get("/engine-rest/job?activityId=" + activityId + "&maxResults=10000");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(response.body()).forEach(job -> ids.add(job.path("id").asText()));
    return ids;
  }

  private long incidents(AppNode node) throws Exception {
    Response response = node.get("/engine-rest/incident/count");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).path("count").asLong();
  }

  /** All given jobs due in one statement: the nodes then compete for them. */
  private Instant makeDue(List<String> jobIds) throws SQLException {
    try (PreparedStatement update = db.prepareStatement(
        "update act_ru_job set duedate_ = now() - interval '1 second' where id_ = any (?)")) {
      update.setArray(1, db.createArrayOf("varchar", jobIds.toArray()));
      assertThat(update.executeUpdate()).isEqualTo(jobIds.size());
    }
    return Instant.now();
  }

  private Instant pollUntilLocked(String ownerPattern, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (count("select count(*) from act_ru_job where lock_owner_ like '" + ownerPattern
          + "' and lock_exp_time_ > now()") > 0) {
        return Instant.now();
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no job locked by " + ownerPattern + " within " + timeout);
  }

  private Map<String, Instant> lockedJobs(String ownerPattern) throws SQLException {
    Map<String, Instant> jobs = new LinkedHashMap<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
        "select id_, lock_exp_time_ from act_ru_job where lock_owner_ like '" + ownerPattern + "'")) {
      while (rs.next()) {
        jobs.put(rs.getString(1), rs.getTimestamp(2).toInstant());
      }
    }
    return jobs;
  }

  record Completion(String hostname, Instant at) {}

  private Completion completion(String jobId) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(
        "select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2")) {
      q.setString(1, jobId);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? new Completion(rs.getString(1), rs.getTimestamp(2).toInstant()) : null;
      }
    }
  }

  private String jobsPerNode(String activityId) throws SQLException {
    Map<String, Long> perNode = new LinkedHashMap<>();
    try (PreparedStatement q = db.prepareStatement("select hostname_, count(*) from act_hi_job_log"
        + " where act_id_ = ? and job_state_ = 2 group by hostname_ order by hostname_")) {
      q.setString(1, activityId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          perNode.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return perNode.toString();
  }

  private long tasks(String taskDefinitionKey) throws SQLException {
    return count("select count(*) from act_ru_task where task_def_key_ = '" + taskDefinitionKey + "'");
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void awaitCondition(String what, Duration timeout, List<AppNode> mustLive, Callable<Boolean> done)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (!done.call()) {
      for (AppNode node : mustLive) {
        if (!node.alive()) {
          throw new AssertionError(node.name + " died while waiting for: " + what + "\n" + node.logTail());
        }
      }
      if (Instant.now().isAfter(deadline)) {
        StringBuilder diagnosis = new StringBuilder("timed out after " + timeout + " waiting for: " + what);
        for (String key : List.of("Task_ResolveAtFrontLine", "Task_ResolveAsExpert", "Task_ResolveAsSupervisor")) {
          diagnosis.append("\n").append(key).append(": ").append(tasks(key));
        }
        diagnosis.append("\njobs: ").append(count("select count(*) from act_ru_job"))
            .append(", with exception: ").append(count("select count(*) from act_ru_job where exception_msg_ is not null"))
            .append(", incidents: ").append(count("select count(*) from act_ru_incident"));
        for (AppNode node : mustLive) {
          diagnosis.append("\n--- ").append(node.name).append('\n').append(node.logTail());
        }
        throw new AssertionError(diagnosis.toString());
      }
      Thread.sleep(250);
    }
  }

  private void record(String what, Instant since) {
    timings.put(what, ms(since, Instant.now()));
  }

  private static String ms(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() + " ms";
  }

  private static void closeQuietly(AppNode node) {
    if (node != null) {
      try {
        node.close();
      } catch (Exception e) {
        System.err.println("could not stop " + node.name + ": " + e);
      }
    }
  }
}
