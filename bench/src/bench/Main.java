package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load generator and run controller (a JVM of its own: the JDK + Jackson). For each run: start the packaged
 * app on a fresh database, drive the scenarios over HTTP, stop it; the same for the bare engine, then for the
 * floor (the bare engine with only the floor model: intake, end to end and escalation); on PostgreSQL also two
 * nodes of the app and of the bare engine on one database. Then report.json and report.md. Started by bench/run.
 */
public final class Main {

  static final List<String> ALL_SCENARIOS = List.of("intake", "e2e", "escalation", "scale", "storage", "cluster");
  /** The scenarios the floor runs in (after the bare engine, on a fresh database of its own). */
  static final List<String> FLOOR_SCENARIOS = List.of("intake", "e2e", "escalation");

  private final Path repo;
  private final Path out;
  private final Db.Kind dbKind;
  private final Sizes sizes;
  private final Set<String> scenarios;
  private final Path appJar;
  private final Path bareJar;
  private final String adminPassword;
  private final List<String> nodeJavaOpts;
  private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
  private EngineSettings settings;

  private Main(Path repo, Db.Kind dbKind, Sizes sizes, Set<String> scenarios, Path appJar, Path bareJar) {
    this.repo = repo;
    this.out = repo.resolve("target/bench");
    this.dbKind = dbKind;
    this.sizes = sizes;
    this.scenarios = scenarios;
    this.appJar = appJar;
    this.bareJar = bareJar;
    this.adminPassword = env("COMPLAINTS_ADMIN_PASSWORD", "bench-admin");
    String opts = env("BENCH_NODE_JAVA_OPTS", "");
    this.nodeJavaOpts = opts.isBlank() ? List.of() : Arrays.asList(opts.trim().split("\\s+"));
  }

  public static void main(String[] args) throws Exception {
    try {
      start(args);
    } catch (BenchException e) {
      Log.info("FAILED: %s", e.getMessage());
      System.exit(1);
    }
  }

  private static void start(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path repo = Path.of(a.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    Db.Kind db = switch (a.getOrDefault("db", "h2")) {
      case "h2" -> Db.Kind.H2;
      case "postgres", "postgresql", "pg" -> Db.Kind.POSTGRES;
      default -> throw new BenchException("database must be h2 or postgres: " + a.get("db"));
    };
    Sizes sizes = Sizes.of(a.getOrDefault("size", "small"));
    String runs = env("BENCH_RUNS", a.get("runs"));
    if (runs != null && !runs.isBlank()) {
      sizes = sizes.withRuns(Integer.parseInt(runs.trim()));
    }
    Set<String> scenarios = new LinkedHashSet<>();
    String list = env("BENCH_SCENARIOS", a.getOrDefault("scenarios", "all"));
    for (String s : list.split("[, ]+")) {
      if (s.equals("all")) {
        scenarios.addAll(ALL_SCENARIOS);
      } else if (ALL_SCENARIOS.contains(s)) {
        scenarios.add(s);
      } else if (!s.isBlank()) {
        throw new BenchException("unknown scenario " + s + "; known: " + ALL_SCENARIOS);
      }
    }
    if (db == Db.Kind.H2 && scenarios.remove("cluster") && !list.equals("all")) {
      Log.info("cluster scenario needs PostgreSQL: skipped on H2");
    }
    Main main = new Main(repo, db, sizes, scenarios, Path.of(a.get("app-jar")), Path.of(a.get("bare-jar")));
    int code;
    try {
      code = main.run(String.join(" ", a.getOrDefault("command", "bench/run")));
    } catch (BenchException e) {
      Log.info("FAILED: %s", e.getMessage());
      code = 1;
    }
    System.exit(code);
  }

  private int run(String command) throws IOException {
    long started = System.currentTimeMillis();
    Files.createDirectories(out);
    for (String old : List.of("report.json", "report.md")) {
      Files.deleteIfExists(out.resolve(old));
    }
    Map<String, String> appEnvBase = new LinkedHashMap<>(System.getenv());
    appEnvBase.put("SPRING_PROFILES_ACTIVE", "demo");
    appEnvBase.put("COMPLAINTS_ADMIN_PASSWORD", adminPassword);
    settings = EngineSettings.read(appJar, appEnvBase);
    Log.info("bench: %s, size %s, %d run(s), scenarios %s", dbKind, sizes.name(), sizes.runs(), scenarios);
    Log.info("engine settings (app and bare engine): %s", settings.values);

    List<Map<String, Object>> runs = new ArrayList<>();
    for (int r = 1; r <= sizes.runs(); r++) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("run", r);
      for (Node.Kind kind : Node.Kind.values()) {
        if (kind == Node.Kind.FLOOR && FLOOR_SCENARIOS.stream().noneMatch(scenarios::contains)) {
          continue;
        }
        Results results = new Results();
        single(kind, r, results);
        run.put(kind.id(), results.toJson());
        writeRun(r, kind.id(), results);
      }
      if (dbKind == Db.Kind.POSTGRES && scenarios.contains("cluster")) {
        for (Node.Kind kind : List.of(Node.Kind.APP, Node.Kind.BARE)) {
          Results results = new Results();
          cluster(kind, r, results);
          run.put(kind.id() + "Cluster", results.toJson());
          writeRun(r, kind.id() + "-cluster", results);
        }
      }
      runs.add(run);
    }
    Map<String, Object> settingsJson = new LinkedHashMap<>();
    settingsJson.put("sizes", sizes.toJson());
    settingsJson.put("scenarios", List.copyOf(scenarios));
    settingsJson.put("clients", Map.of("intake", "1, 8, 32 (mix: 8)", "end_to_end", 8, "escalation", 8,
        "scale_reads", 1, "cluster", "8 (alternating between the two nodes)"));
    Map<String, Object> engine = new LinkedHashMap<>();
    settings.values.forEach((k, v) -> engine.put(k, Map.of("value", v, "source", settings.source.get(k))));
    settingsJson.put("engine", engine);
    settingsJson.put("node_java_options", nodeJavaOpts.isEmpty() ? "(none: JVM defaults, as users run it)"
        : String.join(" ", nodeJavaOpts));
    settingsJson.put("app_jar", repo.relativize(appJar.toAbsolutePath()).toString());
    settingsJson.put("bare_engine_jar", repo.relativize(bareJar.toAbsolutePath()).toString());
    settingsJson.put("floor", "the bare-engine jar with BENCH_MODEL=floor: only its floor/floor.bpmn (start, user task "
        + Contract.FLOOR_FIRST_TASK + " with interrupting timer " + Contract.FLOOR_DEADLINE_TIMER + " to "
        + Contract.FLOOR_SECOND_TASK + "), the same engine settings and database kind; scenarios "
        + FLOOR_SCENARIOS.stream().filter(scenarios::contains).toList());
    settingsJson.put("warmup_complaints", "BENCH_WARMUP or min(50, 8-client intake size), before scenario 1,"
        + " not measured (cluster: half of it per node)");
    settingsJson.put("escalation_lead_ms", "BENCH_ESCALATION_LEAD_MS or 3000 + 10 ms per complaint");
    long seconds = (System.currentTimeMillis() - started) / 1000;
    int failedChecks = Report.write(out, command, dbKind, sizes, settingsJson, runs, seconds,
        dbKind == Db.Kind.H2 ? "H2 (file, embedded in each JVM)" : Db.Pg.fromEnvironment().describe());
    Log.info("wrote %s and %s in %d s", out.resolve("report.json"), out.resolve("report.md"), seconds);
    boolean errors = runs.stream().flatMap(r -> r.values().stream()).filter(v -> v instanceof Map)
        .anyMatch(v -> !((List<?>) ((Map<?, ?>) v).get("errors")).isEmpty());
    if (errors) {
      Log.info("some scenarios had errors: see the report");
      return 1;
    }
    if (failedChecks > 0) {
      Log.info("%d checks that must be 0 were not: see the report", failedChecks);
      return 2;
    }
    return 0;
  }

  private void writeRun(int r, String name, Results results) throws IOException {
    Path dir = out.resolve("runs");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("run-" + r + "-" + name + ".json"), Report.pretty(results.toJson()));
  }

  private Node start(Node.Kind kind, String name, Db db, Path workDir) throws IOException {
    Map<String, String> env = new LinkedHashMap<>(db.datasourceEnv());
    if (kind == Node.Kind.APP) {
      env.put("SPRING_PROFILES_ACTIVE", "demo");
      env.put("COMPLAINTS_ADMIN_PASSWORD", adminPassword);
      return Node.start(kind, name, appJar, workDir, env, nodeJavaOpts, adminPassword);
    }
    env.putAll(settings.bareEnv());
    env.put("BENCH_MODEL", kind == Node.Kind.FLOOR ? "floor" : "app");
    env.put("BENCH_MODELS_DIR", repo.resolve("processes").toString());
    env.put("BENCH_FORMS_DIR", repo.resolve("forms").toString());
    return Node.start(kind, name, bareJar, workDir, env, nodeJavaOpts, null);
  }

  private long maxWaitMillis() {
    try {
      return Long.parseLong(settings.values.get("camunda.bpm.job-execution.max-wait"));
    } catch (RuntimeException e) {
      return 60_000;
    }
  }

  /** One target on one node: scenarios 1-5 (the floor: 1-3). */
  private void single(Node.Kind kind, int r, Results results) throws IOException {
    String who = kind.id();
    boolean floor = kind == Node.Kind.FLOOR;
    String tag = "r" + r + who;
    Path workDir = out.resolve("run-" + r).resolve(who);
    Db.deleteTree(workDir);
    Log.info("=== run %d/%d: %s on %s", r, sizes.runs(), who, dbKind);
    Db db = Db.create(dbKind, stamp + "_" + tag, workDir);
    Node node = null;
    try {
      Node running = start(kind, who, db, workDir);
      node = running;
      running.awaitReady(300_000);
      if (!floor) {
        results.put("startup_s", (node.readyMillis - node.startMillis) / 1000.0);
      }
      Scenarios s = new Scenarios(kind, tag, sizes, results);
      guarded(results, "warm-up", () -> s.warmUp(running, (int) Scenarios.envLong("BENCH_WARMUP",
          Math.min(50, sizes.intake8()))));
      boolean storage = scenarios.contains("storage") && !floor;
      Map<String, Db.TableSize> snap0 = storage ? db.tableSizes() : null;
      int warm = s.openKeys.size();
      if (scenarios.contains("intake")) {
        guarded(results, "intake c1", () -> s.intakeToFirstTask(running, "c1",
            Workload.distinct(tag + "c1", sizes.intake1()), 1));
        guarded(results, "intake c8", () -> s.intakeToFirstTask(running, "c8",
            Workload.distinct(tag + "c8", sizes.intake8()), 8));
        guarded(results, "intake c32", () -> s.intakeToFirstTask(running, "c32",
            Workload.distinct(tag + "c32", sizes.intake32()), 32));
        if (storage) {
          int open = s.openKeys.size() - warm;
          Map<String, Db.TableSize> snap1 = db.tableSizes();
          s.storage("storage.open", snap0, snap1, open, db);
        }
        guarded(results, "intake mix", () -> s.intakeToFirstTask(running, "mix",
            Workload.mix(tag + "mix", sizes.mix()), 8));
      }
      if (scenarios.contains("e2e")) {
        Map<String, Db.TableSize> before = storage ? db.tableSizes() : null;
        guarded(results, "end to end", () -> s.endToEnd(running, Workload.distinct(tag + "e2e",
            sizes.e2e()), 8));
        if (storage) {
          s.storage("storage.closed", before, db.tableSizes(),
              (int) Math.round(results.metrics.getOrDefault("e2e.closed", 0.0)), db);
        }
      }
      if (scenarios.contains("escalation")) {
        guarded(results, "escalation", () -> s.escalation(List.of(running), sizes.escalation(), 8,
            "escalation", maxWaitMillis()));
      }
      if (floor) {
        // the floor is only a yardstick for scenarios 1-3; its end state is kept in its run file
        long incidents = node.engine.incidents();
        long failedJobs = node.engine.failedJobs();
        results.details.put("incidents", incidents);
        results.details.put("failed_jobs", failedJobs);
        if (incidents + failedJobs > 0) {
          results.error("floor: " + incidents + " open incidents and " + failedJobs + " jobs with an exception at the end");
        }
        return;
      }
      if (scenarios.contains("scale")) {
        guarded(results, "scale", () -> s.scale(running, db));
      }
      guarded(results, "job metrics", () -> s.jobMetrics(running, "jobs"));
      results.put("incidents", node.engine.incidents());
      results.put("failed_jobs", node.engine.failedJobs());
      if (storage && db.kind == Db.Kind.H2) {
        results.note("H2: storage figures are the growth of the H2 file per complaint (rough: H2 allocates in chunks "
            + "and never shrinks); use PostgreSQL for per-table figures");
      }
    } catch (BenchException e) {
      results.error(e.getMessage());
    } finally {
      if (node != null) {
        node.stop();
        long errors = node.countLogLines(" ERROR ");
        results.details.put("log_error_lines", errors);
        results.details.put("log", repo.relativize(node.log).toString());
      }
      db.drop();
    }
  }

  /** Two nodes of one target on one PostgreSQL database: escalation under load, locking, job split. */
  private void cluster(Node.Kind kind, int r, Results results) throws IOException {
    String who = kind.id();
    String tag = "r" + r + who + "cl";
    Path workDir = out.resolve("run-" + r).resolve(who + "-cluster");
    Db.deleteTree(workDir);
    Log.info("=== run %d/%d: %s, two nodes on one %s database", r, sizes.runs(), who, dbKind);
    Db db = Db.create(dbKind, stamp + "_" + tag, workDir);
    List<Node> nodes = new ArrayList<>();
    try {
      // first start on an empty database: one node alone (docs/operations.md, "Schema"), then the second
      for (int i = 1; i <= 2; i++) {
        Node node = start(kind, who + "-node" + i, db, workDir);
        nodes.add(node);
        node.awaitReady(300_000);
      }
      Scenarios s = new Scenarios(kind, tag, sizes, results);
      for (Node node : nodes) {
        guarded(results, "warm-up " + node.name, () -> s.warmUp(node, (int) Scenarios.envLong("BENCH_WARMUP",
            Math.min(50, sizes.intake8())) / 2));
      }
      guarded(results, "cluster escalation", () -> s.escalation(nodes, sizes.cluster(), 8, "cluster",
          maxWaitMillis()));
    } catch (BenchException e) {
      results.error(e.getMessage());
    } finally {
      for (int i = nodes.size() - 1; i >= 0; i--) {
        nodes.get(i).stop(); // graceful: each node writes its metrics on the way down
      }
    }
    try {
      clusterStats(db, nodes, results);
    } catch (BenchException e) {
      results.error("cluster statistics: " + e.getMessage());
    } finally {
      db.drop();
    }
  }

  private void clusterStats(Db db, List<Node> nodes, Results results) {
    Map<String, Long> metrics = new LinkedHashMap<>();
    Map<String, Object> byReporter = new LinkedHashMap<>();
    for (String line : db.query("SELECT name_, coalesce(reporter_, '-'), sum(value_) FROM act_ru_meter_log"
        + " GROUP BY name_, reporter_ ORDER BY 1, 2")) {
      String[] f = line.split("\t");
      metrics.merge(f[0], Long.parseLong(f[2]), Long::sum);
      byReporter.put(f[0] + " @ " + f[1], Long.parseLong(f[2]));
    }
    results.details.put("cluster.metrics", metrics);
    results.details.put("cluster.metrics_by_reporter", byReporter);
    Map<String, Long> byHost = new LinkedHashMap<>();
    for (String line : db.query("SELECT coalesce(hostname_, '-'), count(*) FROM act_hi_job_log WHERE job_state_ = 2"
        + " GROUP BY 1 ORDER BY 1")) {
      String[] f = line.split("\t");
      byHost.put(f[0], Long.parseLong(f[1]));
    }
    results.details.put("cluster.successful_jobs_by_node", byHost);
    long failures = Long.parseLong(db.query("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1").get(0).trim());
    long olFailures = Long.parseLong(db.query("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1 AND"
        + " (job_exception_msg_ ILIKE '%optimistic%' OR job_exception_msg_ LIKE '%ENGINE-03005%'"
        + " OR job_exception_msg_ ILIKE '%concurrently%')").get(0).trim());
    long successful = byHost.values().stream().mapToLong(Long::longValue).sum();
    long acquiredFailure = metrics.getOrDefault("job-acquired-failure", 0L);
    results.put("cluster.jobs_successful", successful);
    results.put("cluster.ol_acquisition_per_1000", successful > 0 ? 1000.0 * acquiredFailure / successful : Double.NaN);
    results.put("cluster.ol_execution_per_1000", successful > 0 ? 1000.0 * olFailures / successful : Double.NaN);
    results.put("cluster.job_failures", failures);
    results.put("cluster.execution_rejected", metrics.getOrDefault("job-execution-rejected", 0L));
    long lines = nodes.stream().mapToLong(n -> Math.max(0, n.countLogLines("OptimisticLockingException"))).sum();
    results.put("cluster.ol_log_lines", lines);
    if (!nodes.isEmpty() && successful > 0) {
      long first = byHost.getOrDefault(nodes.get(0).name, 0L);
      results.put("cluster.node1_share_pct", 100.0 * first / successful);
    }
    results.put("cluster.nodes_running_jobs", byHost.keySet().stream().filter(h -> !h.equals("-")).count());
  }

  private interface Step {
    void run();
  }

  private void guarded(Results results, String what, Step step) {
    try {
      step.run();
    } catch (BenchException | IllegalArgumentException | IllegalStateException | NullPointerException
        | ClassCastException e) {
      results.error(what + ": " + e);
    }
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
