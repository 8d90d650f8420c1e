package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The scenarios against one target (the app, the bare engine or the floor) on one or two nodes. On the
 * floor, "level 1" is its first task and "level 2" its second (Contract.FLOOR_*). Every scenario
 * sends a fixed number of requests and reads its times from the engine (task create times, job log, process
 * end times), not from polling.
 */
final class Scenarios {

  record Submitted(Workload.Complaint complaint, String key, String root, int status, double millis, long epoch,
      String error) {}

  record IntakeRun(List<Submitted> ok, List<Submitted> failed, long t0, long tDone) {

    Set<String> roots() {
      return ok.stream().map(Submitted::root).collect(Collectors.toCollection(HashSet::new));
    }
  }

  record TaskSeen(String root, String taskId, String processInstanceId, long created) {}

  final Node.Kind kind;
  final String tag;
  final Sizes sizes;
  final Results results;
  private final AtomicInteger sequence = new AtomicInteger();
  /** Open complaints (business keys) for the scale scenario's reads. */
  final List<String> openKeys = new ArrayList<>();
  /** The process, its first task, that task's deadline timer and the task it leads to: the app's or the floor's. */
  private final String processKey;
  private final String firstTask;
  private final String deadlineTimer;
  private final String secondTask;

  Scenarios(Node.Kind kind, String tag, Sizes sizes, Results results) {
    this.kind = kind;
    this.tag = tag;
    this.sizes = sizes;
    this.results = results;
    boolean floor = kind == Node.Kind.FLOOR;
    this.processKey = floor ? Contract.FLOOR_PROCESS_KEY : Contract.PROCESS_KEY;
    this.firstTask = floor ? Contract.FLOOR_FIRST_TASK : Contract.LEVEL1_TASK;
    this.deadlineTimer = floor ? Contract.FLOOR_DEADLINE_TIMER : Contract.LEVEL1_DEADLINE_TIMER;
    this.secondTask = floor ? Contract.FLOOR_SECOND_TASK : Contract.LEVEL2_TASK;
  }

  // =========================================================================== building blocks

  IntakeRun intake(List<Node> nodes, List<Workload.Complaint> complaints, int clients) {
    Submitted[] out = new Submitted[complaints.size()];
    long t0 = System.currentTimeMillis();
    Parallel.run(clients, complaints.size(), (client, i) ->
        out[i] = submit(nodes.get(client % nodes.size()), complaints.get(i)));
    long tDone = System.currentTimeMillis();
    List<Submitted> ok = new ArrayList<>();
    List<Submitted> failed = new ArrayList<>();
    for (Submitted s : out) {
      (s.root() != null ? ok : failed).add(s);
    }
    if (!failed.isEmpty()) {
      Submitted first = failed.get(0);
      results.note(kind + " intake: " + failed.size() + " of " + out.length + " refused; the first (description of "
          + first.complaint().description().length() + " characters, customer " + first.complaint().customerId()
          + "): " + first.status() + " " + Log.abbreviate(first.error()));
    }
    return new IntakeRun(ok, failed, t0, tDone);
  }

  private Submitted submit(Node node, Workload.Complaint c) {
    String key = "BENCH-" + tag + "-" + sequence.incrementAndGet();
    if (kind == Node.Kind.APP) {
      Http.Response r = node.http.post(Contract.APP_INTAKE, Contract.appIntakeBody(c), "Idempotency-Key", key);
      if (r.status() == 201) {
        Map<String, Object> body = r.object();
        return new Submitted(c, (String) body.get(Contract.APP_COMPLAINT_ID),
            (String) body.get(Contract.APP_PROCESS_INSTANCE_ID), r.status(), r.millis(), r.startedEpochMillis(), null);
      }
      return new Submitted(c, null, null, r.status(), r.millis(), r.startedEpochMillis(), r.body());
    }
    Http.Response r = kind == Node.Kind.FLOOR
        ? node.http.post(Contract.FLOOR_START, Contract.floorStartBody(key))
        : node.http.post(Contract.BARE_START, Contract.bareStartBody(c, key));
    if (r.ok()) {
      return new Submitted(c, key, (String) r.object().get("id"), r.status(), r.millis(), r.startedEpochMillis(), null);
    }
    return new Submitted(c, null, null, r.status(), r.millis(), r.startedEpochMillis(), r.body());
  }

  /** Waits until every root has a task of this definition; returns what exists at the end (root -> tasks). */
  Map<String, List<TaskSeen>> awaitTasks(Engine engine, String taskKey, Set<String> roots, long startedAfter,
      long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    long pause = 100;
    while (true) {
      boolean timedOut = System.currentTimeMillis() > deadline;
      if (timedOut || engine.historicTaskCount(taskKey, startedAfter) >= roots.size()) {
        Map<String, List<TaskSeen>> seen = tasks(engine, taskKey, roots, startedAfter);
        if (seen.size() >= roots.size() || timedOut) {
          return seen;
        }
      }
      Node.sleep(pause);
      pause = Math.min(1000, pause * 2);
    }
  }

  Map<String, List<TaskSeen>> tasks(Engine engine, String taskKey, Set<String> roots, long startedAfter) {
    Map<String, List<TaskSeen>> seen = new HashMap<>();
    for (Map<String, Object> t : engine.historicTasks(taskKey, startedAfter)) {
      String root = (String) t.get("rootProcessInstanceId");
      if (roots.contains(root)) {
        seen.computeIfAbsent(root, k -> new ArrayList<>()).add(new TaskSeen(root, (String) t.get("id"),
            (String) t.get("processInstanceId"), Contract.parseEngineDate(t.get("startTime"))));
      }
    }
    return seen;
  }

  private long taskTimeout(int n) {
    return 120_000L + n * 500L;
  }

  private static long firstCreated(List<TaskSeen> tasks) {
    return tasks.stream().mapToLong(TaskSeen::created).min().orElseThrow();
  }

  // =========================================================================== 0. warm-up

  /** Complaints through intake to their first task, not measured: the JVMs' JIT and pools warm up. */
  void warmUp(Node node, int count) {
    if (count <= 0) {
      return;
    }
    Log.info("%s warm-up: %d complaints, 4 clients (not measured)", kind, count);
    IntakeRun run = intake(List.of(node), Workload.distinct(tag + "-warmup", count), 4);
    Map<String, List<TaskSeen>> tasks = awaitTasks(node.engine, firstTask, run.roots(), run.t0() - 1000,
        taskTimeout(count));
    if (tasks.size() < run.roots().size() || !run.failed().isEmpty()) {
      results.error("warm-up: " + run.failed().size() + " refused, " + (run.roots().size() - tasks.size())
          + " without a level-1 task");
    }
    run.ok().forEach(s -> openKeys.add(s.key()));
  }

  // =========================================================================== 1. intake to first task

  void intakeToFirstTask(Node node, String variant, List<Workload.Complaint> complaints, int clients) {
    String p = "intake." + variant + ".";
    Log.info("%s scenario 1 %s: %d complaints, %d clients", kind, variant, complaints.size(), clients);
    IntakeRun run = intake(List.of(node), complaints, clients);
    Map<String, List<TaskSeen>> tasks = awaitTasks(node.engine, firstTask, run.roots(), run.t0() - 1000,
        taskTimeout(complaints.size()));
    List<Double> post = run.ok().stream().map(Submitted::millis).toList();
    List<Long> toTask = new ArrayList<>();
    long last = run.t0();
    for (Submitted s : run.ok()) {
      List<TaskSeen> seen = tasks.get(s.root());
      if (seen != null) {
        long created = firstCreated(seen);
        toTask.add(created - s.epoch());
        last = Math.max(last, created);
      }
    }
    results.put(p + "throughput", toTask.size() / Math.max(0.001, (last - run.t0()) / 1000.0));
    results.put(p + "post_rate", run.ok().size() / Math.max(0.001, (run.tDone() - run.t0()) / 1000.0));
    results.put(p + "post_p50_ms", Stats.percentile(post, 50));
    results.put(p + "post_p95_ms", Stats.percentile(post, 95));
    results.put(p + "post_p99_ms", Stats.percentile(post, 99));
    results.put(p + "post_max_ms", Stats.max(post));
    results.put(p + "to_task_p50_ms", Stats.percentile(toTask, 50));
    results.put(p + "to_task_p95_ms", Stats.percentile(toTask, 95));
    results.put(p + "to_task_max_ms", Stats.max(toTask));
    int missing = run.ok().size() - toTask.size();
    results.put(p + "errors", run.failed().size() + missing);
    if (missing > 0) {
      results.error(variant + ": " + missing + " complaints without a level-1 task after "
          + taskTimeout(complaints.size()) / 1000 + " s");
    }
    run.ok().forEach(s -> openKeys.add(s.key()));
  }

  // =========================================================================== 2. end to end

  void endToEnd(Node node, List<Workload.Complaint> complaints, int clients) {
    Log.info("%s scenario 2 end to end: %d complaints, %d clients", kind, complaints.size(), clients);
    Engine engine = node.engine;
    boolean floor = kind == Node.Kind.FLOOR;
    IntakeRun run = intake(List.of(node), complaints, clients);
    Set<String> roots = run.roots();
    int n = roots.size();
    Map<String, String> keyByRoot = new HashMap<>();
    run.ok().forEach(s -> keyByRoot.put(s.root(), s.key()));
    Map<String, List<TaskSeen>> tasks = awaitTasks(engine, firstTask, roots, run.t0() - 1000,
        taskTimeout(n));
    long tTasks = System.currentTimeMillis();
    List<TaskSeen> level1 = tasks.values().stream().map(l -> l.get(0)).toList();
    AtomicInteger errors = new AtomicInteger(run.failed().size() + (n - level1.size()));
    List<String> firstError = new ArrayList<>();
    Set<String> completed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Parallel.run(clients, level1.size(), (c, i) -> {
      Http.Response r = engine.complete(level1.get(i).taskId(), floor ? Contract.floorCompletion()
          : Contract.level1ResolvedDecision());
      if (r.ok()) {
        completed.add(level1.get(i).root());
      } else {
        errors.incrementAndGet();
        synchronized (firstError) {
          if (firstError.isEmpty()) {
            firstError.add("complete level-1 task: " + r.status() + " " + Log.abbreviate(r.body()));
          }
        }
      }
    });
    long tCompleted = System.currentTimeMillis();
    if (floor) { // no survey: the first task completed ends the process
      endToEndEnd(engine, run, roots, completed.size(), tTasks, tCompleted, tCompleted, errors, firstError);
      return;
    }
    // the survey delay timers (P3D in the app) made due now
    List<Map<String, Object>> timers = awaitList(() -> engine.jobs(Contract.SURVEY_DELAY_TIMER), completed,
        completed.size(), taskTimeout(n), "survey delay timers");
    Instant now = Instant.now();
    Parallel.run(clients, timers.size(), (c, i) -> {
      Http.Response r = engine.setDueDate((String) timers.get(i).get("id"), now);
      if (!r.ok()) {
        errors.incrementAndGet();
      }
    });
    Set<String> timed = timers.stream().map(t -> (String) t.get("processInstanceId")).collect(Collectors.toSet());
    List<Map<String, Object>> waiting = awaitList(() -> engine.messageSubscriptions(Contract.SURVEY_MESSAGE), timed,
        timed.size(), taskTimeout(n), "survey answer subscriptions");
    long tSurveysSent = System.currentTimeMillis();
    Parallel.run(clients, waiting.size(), (c, i) -> {
      String root = (String) waiting.get(i).get("processInstanceId");
      Http.Response r = engine.correlate(Contract.surveyAnsweredMessage(keyByRoot.get(root)));
      if (!r.ok()) {
        errors.incrementAndGet();
        synchronized (firstError) {
          if (firstError.isEmpty()) {
            firstError.add("correlate " + Contract.SURVEY_MESSAGE + ": " + r.status() + " " + Log.abbreviate(r.body()));
          }
        }
      }
    });
    endToEndEnd(engine, run, roots, waiting.size(), tTasks, tCompleted, tSurveysSent, errors, firstError);
  }

  /** Waits for the processes to end and records the end-to-end figures. */
  private void endToEndEnd(Engine engine, IntakeRun run, Set<String> roots, int expected, long tTasks,
      long tCompleted, long tSurveysSent, AtomicInteger errors, List<String> firstError) {
    boolean floor = kind == Node.Kind.FLOOR;
    int n = roots.size();
    long deadline = System.currentTimeMillis() + taskTimeout(n);
    while (engine.finishedCount(processKey, run.t0() - 1000) < expected
        && System.currentTimeMillis() < deadline) {
      Node.sleep(250);
    }
    long lastEnd = run.t0();
    int ended = 0;
    for (Map<String, Object> pi : engine.finishedInstances(processKey, run.t0() - 1000)) {
      if (roots.contains((String) pi.get("id"))) {
        ended++;
        lastEnd = Math.max(lastEnd, Contract.parseEngineDate(pi.get("endTime")));
      }
    }
    errors.addAndGet(n - ended);
    if (n - ended > 0) {
      results.error("end to end: " + (n - ended) + " of " + n + " complaints not closed");
    }
    firstError.forEach(results::error);
    results.put("e2e.throughput", ended / Math.max(0.001, (lastEnd - run.t0()) / 1000.0));
    results.put("e2e.closed", ended);
    results.put("e2e.duration_s", (lastEnd - run.t0()) / 1000.0);
    results.put("e2e.phase_intake_s", (tTasks - run.t0()) / 1000.0);
    results.put("e2e.phase_complete_s", (tCompleted - tTasks) / 1000.0);
    if (!floor) {
      results.put("e2e.phase_to_survey_s", (tSurveysSent - tCompleted) / 1000.0);
      results.put("e2e.phase_close_s", (lastEnd - tSurveysSent) / 1000.0);
    }
    results.put("e2e.errors", errors.get());
    if (floor) {
      results.note("end to end: " + Contract.FLOOR_FIRST_TASK + " completed without variables over POST "
          + "/engine-rest/task/{id}/complete, which ends the process (no survey)");
      return;
    }
    results.note("end to end: level-1 task completed over POST /engine-rest/task/{id}/complete, survey delay timer "
        + "made due over PUT /engine-rest/job/{id}/duedate, survey answered by correlating message "
        + Contract.SURVEY_MESSAGE + " over POST /engine-rest/message" + (kind == Node.Kind.APP ? " as admin" : ""));
  }

  /** Polls a list (of jobs, subscriptions) until it has an entry for every root (by processInstanceId). */
  private List<Map<String, Object>> awaitList(java.util.function.Supplier<List<Map<String, Object>>> list,
      Set<String> roots, int n, long timeoutMillis, String what) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    long pause = 100;
    while (true) {
      List<Map<String, Object>> ours = list.get().stream()
          .filter(m -> roots.contains((String) m.get("processInstanceId"))).toList();
      if (ours.size() >= n || System.currentTimeMillis() > deadline) {
        if (ours.size() < n) {
          results.error("only " + ours.size() + " of " + n + " " + what + " after " + timeoutMillis / 1000 + " s");
        }
        return ours;
      }
      Node.sleep(pause);
      pause = Math.min(1000, pause * 2);
    }
  }

  // =========================================================================== 3. escalation under load

  void escalation(List<Node> nodes, int count, int clients, String prefix, long maxWaitMillis) {
    Log.info("%s scenario %s: %d open complaints, all level-1 deadlines due at once", kind, prefix, count);
    Node first = nodes.get(0);
    Engine engine = first.engine;
    IntakeRun run = intake(nodes, Workload.distinct(tag + "-" + prefix, count), clients);
    Set<String> roots = run.roots();
    int n = roots.size();
    Map<String, List<TaskSeen>> level1 = awaitTasks(engine, firstTask, roots, run.t0() - 1000,
        taskTimeout(n));
    if (prefix.startsWith("cluster")) {
      results.put(prefix + ".intake_throughput", level1.size() / Math.max(0.001,
          (level1.values().stream().mapToLong(Scenarios::firstCreated).max().orElse(run.t0()) - run.t0()) / 1000.0));
      results.put(prefix + ".intake_post_p95_ms", Stats.percentile(run.ok().stream().map(Submitted::millis).toList(), 95));
    }
    Map<String, String> rootBySub = new HashMap<>();
    level1.values().forEach(l -> l.forEach(t -> rootBySub.put(t.processInstanceId(), t.root())));
    List<Map<String, Object>> jobs = engine.jobs(deadlineTimer).stream()
        .filter(j -> rootBySub.containsKey((String) j.get("processInstanceId"))).toList();
    if (jobs.size() < n) {
      results.error(prefix + ": only " + jobs.size() + " of " + n + " level-1 deadline timers found");
    }
    Set<String> jobIds = jobs.stream().map(j -> (String) j.get("id")).collect(Collectors.toSet());
    long lead = envLong("BENCH_ESCALATION_LEAD_MS", 3000 + 10L * n);
    long tUpdate = System.currentTimeMillis();
    Instant due = Instant.ofEpochMilli(tUpdate + lead);
    AtomicInteger updateErrors = new AtomicInteger();
    Parallel.run(clients, jobs.size(), (c, i) -> {
      Node node = nodes.get(c % nodes.size());
      if (!node.engine.setDueDate((String) jobs.get(i).get("id"), due).ok()) {
        updateErrors.incrementAndGet();
      }
    });
    long tUpdated = System.currentTimeMillis();
    if (tUpdated > due.toEpochMilli()) {
      results.note(prefix + ": setting the due dates took " + (tUpdated - tUpdate) + " ms, longer than the lead of "
          + lead + " ms: lateness includes the tail of the updates (raise BENCH_ESCALATION_LEAD_MS)");
    }
    long timeout = lead + 60_000 + maxWaitMillis + 200L * n;
    Map<String, List<TaskSeen>> level2 = awaitTasks(engine, secondTask, roots, tUpdate - 1000, timeout);
    Node.sleep(2000); // a second firing would show up here
    level2 = tasks(engine, secondTask, roots, tUpdate - 1000);
    List<Long> lateness = new ArrayList<>();
    long lastCreated = due.toEpochMilli();
    long firstCreated = Long.MAX_VALUE;
    int duplicateTasks = 0;
    for (List<TaskSeen> l : level2.values()) {
      long created = firstCreated(l);
      lateness.add(created - due.toEpochMilli());
      lastCreated = Math.max(lastCreated, created);
      firstCreated = Math.min(firstCreated, created);
      if (l.size() > 1) {
        duplicateTasks++;
      }
    }
    Map<String, Integer> runsPerJob = new HashMap<>();
    for (Map<String, Object> log : engine.successfulJobLog(deadlineTimer)) {
      String jobId = (String) log.get("jobId");
      if (jobIds.contains(jobId)) {
        runsPerJob.merge(jobId, 1, Integer::sum);
      }
    }
    long firedTwice = runsPerJob.values().stream().filter(v -> v > 1).count() + duplicateTasks;
    int lost = n - level2.size();
    results.put(prefix + ".complaints", n);
    results.put(prefix + ".all_moved_s", (lastCreated - due.toEpochMilli()) / 1000.0);
    results.put(prefix + ".lateness_p50_ms", Stats.percentile(lateness, 50));
    results.put(prefix + ".lateness_p95_ms", Stats.percentile(lateness, 95));
    results.put(prefix + ".lateness_max_ms", Stats.max(lateness));
    results.put(prefix + ".lateness_min_ms", Stats.min(lateness));
    if (level2.size() > 1 && lastCreated > firstCreated) {
      results.put(prefix + ".level2_per_s", level2.size() / ((lastCreated - firstCreated) / 1000.0));
    }
    results.put(prefix + ".fired_twice", firedTwice);
    results.put(prefix + ".lost", lost);
    results.put(prefix + ".due_update_s", (tUpdated - tUpdate) / 1000.0);
    if (updateErrors.get() > 0) {
      results.error(prefix + ": " + updateErrors.get() + " due date updates refused");
    }
    if (kind == Node.Kind.APP && !prefix.startsWith("cluster")) {
      results.put(prefix + ".duplicate_escalations", duplicateEscalations(first, run.ok()));
    }
    results.put(prefix + ".incidents", engine.incidents());
    run.ok().forEach(s -> openKeys.add(s.key()));
  }

  /** The app's own record: complaints with more than one escalation step to level 2 (a sample of at most 500). */
  @SuppressWarnings("unchecked")
  private int duplicateEscalations(Node node, List<Submitted> complaints) {
    int duplicates = 0;
    List<Submitted> sample = complaints.size() <= 500 ? complaints : complaints.subList(0, 500);
    for (Submitted s : sample) {
      Http.Response r = node.http.get(Contract.appComplaint(s.key()));
      if (!r.ok()) {
        results.note("GET " + Contract.appComplaint(s.key()) + " -> " + r.status());
        continue;
      }
      Object steps = r.object().get(Contract.APP_ESCALATIONS);
      if (steps instanceof List<?> list) {
        long toLevel2 = list.stream().filter(o -> o instanceof Map<?, ?> m && m.get("toLevel") instanceof Number l
            && l.intValue() == 2).count();
        if (toLevel2 > 1) {
          duplicates++;
        }
      }
    }
    return duplicates;
  }

  // =========================================================================== 4. scale

  void scale(Node node, Db db) {
    Log.info("%s scenario 4 scale", kind);
    int missing = sizes.scaleOpen() - openKeys.size();
    if (missing > 0) {
      Log.info("%s filling up to %d open complaints (%d more)", kind, sizes.scaleOpen(), missing);
      for (int done = 0; done < missing; ) {
        int batch = Math.min(5000, missing - done);
        IntakeRun run = intake(List.of(node), Workload.distinct(tag + "-fill" + done, batch), 8);
        awaitTasks(node.engine, firstTask, run.roots(), run.t0() - 1000, taskTimeout(batch));
        run.ok().forEach(s -> openKeys.add(s.key()));
        done += batch;
      }
    }
    results.put("scale.open_complaints", openKeys.size());
    heap(node);
    results.put("scale.db_size_mb", db.size() / 1e6);
    if (db.kind == Db.Kind.H2) {
      results.note("H2: database sizes are the size of the H2 files, which grow in chunks and never shrink: rough");
    }
    Random random = new Random(7);
    List<Double> view = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < sizes.samples() && !openKeys.isEmpty(); i++) {
      String key = openKeys.get(random.nextInt(openKeys.size()));
      Http.Response r = node.http.get(kind == Node.Kind.APP ? Contract.appComplaint(key)
          : Contract.bareComplaintView(key));
      view.add(r.millis());
      if (!r.ok()) {
        errors++;
      }
    }
    results.put("scale.view_p50_ms", Stats.percentile(view, 50));
    results.put("scale.view_p95_ms", Stats.percentile(view, 95));
    results.put("scale.view_p99_ms", Stats.percentile(view, 99));
    List<Double> report = new ArrayList<>();
    for (int i = 0; i < Math.max(20, sizes.samples() / 5); i++) {
      Http.Response r = node.http.get(kind == Node.Kind.APP ? Contract.APP_REPORT : Contract.BARE_REPORT);
      report.add(r.millis());
      if (!r.ok()) {
        errors++;
        if (errors == 1) {
          results.error("report: " + r.status() + " " + Log.abbreviate(r.body()));
        }
      }
    }
    results.put("scale.report_p50_ms", Stats.percentile(report, 50));
    results.put("scale.report_p95_ms", Stats.percentile(report, 95));
    results.put("scale.errors", errors);
  }

  /** Heap of the node's JVM: used now, and live after a full GC (jcmd GC.run), from jstat; RSS from /proc. */
  private void heap(Node node) {
    long pid = node.pid();
    double used = jstatUsedKb(pid);
    results.put("scale.heap_used_mb", used / 1024);
    exec("jcmd", String.valueOf(pid), "GC.run");
    results.put("scale.heap_after_gc_mb", jstatUsedKb(pid) / 1024);
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          results.put("scale.rss_mb", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
        }
      }
    } catch (IOException e) {
      results.note("no /proc/" + pid + "/status: " + e.getMessage());
    }
  }

  private double jstatUsedKb(long pid) {
    String out = exec("jstat", "-gc", String.valueOf(pid));
    String[] lines = out.trim().split("\n");
    if (lines.length < 2) {
      results.note("jstat gave no figures: " + out);
      return Double.NaN;
    }
    String[] head = lines[0].trim().split("\\s+");
    String[] values = lines[1].trim().split("\\s+");
    double sum = 0;
    for (int i = 0; i < head.length && i < values.length; i++) {
      if (Set.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
        sum += Double.parseDouble(values[i]);
      }
    }
    return sum;
  }

  static String exec(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(120, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  // =========================================================================== 5. storage

  /** Bytes per complaint between two snapshots, by table group (runtime ACT_RU_*, history ACT_HI_*, app tables). */
  void storage(String prefix, Map<String, Db.TableSize> before, Map<String, Db.TableSize> after, int complaints,
      Db db) {
    if (complaints <= 0) {
      return;
    }
    Map<String, long[]> groups = new LinkedHashMap<>();
    Map<String, Object> perTable = new LinkedHashMap<>();
    for (Map.Entry<String, Db.TableSize> e : after.entrySet()) {
      Db.TableSize b = before.getOrDefault(e.getKey(), new Db.TableSize(0, 0, 0));
      long alloc = e.getValue().allocated() - b.allocated();
      long rowBytes = e.getValue().rowBytes() - b.rowBytes();
      long rows = e.getValue().rows() - b.rows();
      String group = group(e.getKey());
      long[] g = groups.computeIfAbsent(group, k -> new long[2]);
      g[0] += alloc;
      g[1] += rowBytes;
      if (alloc != 0 || rows != 0) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("allocatedBytesPerComplaint", alloc / (double) complaints);
        if (db.kind == Db.Kind.POSTGRES) {
          t.put("rowBytesPerComplaint", rowBytes / (double) complaints);
          t.put("rowsPerComplaint", rows / (double) complaints);
        }
        perTable.put(e.getKey(), t);
      }
    }
    results.details.put(prefix + ".tables", perTable);
    if (db.kind == Db.Kind.H2) {
      results.put(prefix + ".file_bytes", groups.getOrDefault("h2", new long[2])[0] / (double) complaints);
      return;
    }
    long total = 0;
    long totalRows = 0;
    for (String g : List.of("runtime", "history", "other", "app")) {
      long[] v = groups.getOrDefault(g, new long[2]);
      results.put(prefix + "." + g + "_bytes", v[0] / (double) complaints);
      results.put(prefix + "." + g + "_row_bytes", v[1] / (double) complaints);
    }
    for (long[] v : groups.values()) {
      total += v[0];
      totalRows += v[1];
    }
    results.put(prefix + ".total_bytes", total / (double) complaints);
    results.put(prefix + ".total_row_bytes", totalRows / (double) complaints);
  }

  private static String group(String table) {
    String t = table.toLowerCase();
    if (t.startsWith("(h2")) {
      return "h2";
    }
    if (t.startsWith("act_ru_")) {
      return "runtime";
    }
    if (t.startsWith("act_hi_")) {
      return "history";
    }
    if (t.startsWith("act_")) {
      return "other";
    }
    if (t.startsWith("flyway")) {
      return "flyway";
    }
    return "app";
  }

  // =========================================================================== engine metrics

  static final String[] JOB_METRICS = {"job-successful", "job-failed", "job-acquisition-attempt",
      "job-acquired-success", "job-acquired-failure", "job-locked-exclusive", "job-execution-rejected"};

  /** Camunda's job metrics of a single node (database + this node's counts not yet written), per 1,000 jobs. */
  void jobMetrics(Node node, String prefix) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String name : JOB_METRICS) {
      m.put(name, node.engine.metricSum(name));
    }
    results.details.put(prefix + ".metrics", m);
    long successful = m.get("job-successful");
    results.put(prefix + ".successful", successful);
    results.put(prefix + ".failed", m.get("job-failed"));
    results.put(prefix + ".acquired_failure", m.get("job-acquired-failure"));
    results.put(prefix + ".execution_rejected", m.get("job-execution-rejected"));
    results.put(prefix + ".ol_acquisition_per_1000", successful > 0
        ? 1000.0 * m.get("job-acquired-failure") / successful : Double.NaN);
    long olLines = node.countLogLines("OptimisticLockingException");
    results.put(prefix + ".ol_log_lines", olLines);
  }

  static long envLong(String name, long fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
  }
}
