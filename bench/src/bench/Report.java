package bench;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.json and report.md: every figure as min/median/max over the runs, for the app, the bare engine and the
 * floor (where it applies: sections 1-3), and the ratios app ÷ bare engine and app ÷ floor.
 */
final class Report {

  /** How to read a figure: which way is better, or "zero" for a count that must be 0. */
  enum Expect { HIGHER, LOWER, ZERO, INFO }

  record Figure(String key, String section, String label, String unit, Expect expect) {

    /** The floor runs intake, end to end and escalation (Main.FLOOR_SCENARIOS); elsewhere it shows "–". */
    boolean floorApplies() {
      return section.startsWith("1.") || section.startsWith("2.") || section.startsWith("3.");
    }
  }

  static final List<Figure> CATALOG = new ArrayList<>();

  private static void f(String key, String section, String label, String unit, Expect expect) {
    CATALOG.add(new Figure(key, section, label, unit, expect));
  }

  static {
    String s0 = "Start";
    f("startup_s", s0, "start until healthy (empty database)", "s", Expect.LOWER);
    String s1 = "1. Intake to first task";
    for (String[] v : new String[][] {{"c1", "1 client"}, {"c8", "8 clients"}, {"c32", "32 clients"},
        {"mix", "realistic mix, 8 clients"}}) {
      String p = "intake." + v[0] + ".";
      f(p + "throughput", s1, v[1] + ": complaints/s, first POST → last level-1 task created", "1/s", Expect.HIGHER);
      f(p + "post_rate", s1, v[1] + ": POSTs answered/s", "1/s", Expect.HIGHER);
      f(p + "post_p50_ms", s1, v[1] + ": POST latency p50", "ms", Expect.LOWER);
      f(p + "post_p95_ms", s1, v[1] + ": POST latency p95", "ms", Expect.LOWER);
      f(p + "post_p99_ms", s1, v[1] + ": POST latency p99", "ms", Expect.LOWER);
      f(p + "post_max_ms", s1, v[1] + ": POST latency max", "ms", Expect.LOWER);
      f(p + "to_task_p50_ms", s1, v[1] + ": POST sent → level-1 task created, p50", "ms", Expect.LOWER);
      f(p + "to_task_p95_ms", s1, v[1] + ": POST sent → level-1 task created, p95", "ms", Expect.LOWER);
      f(p + "to_task_max_ms", s1, v[1] + ": POST sent → level-1 task created, max", "ms", Expect.LOWER);
      f(p + "errors", s1, v[1] + ": refused POSTs + complaints without task", "", Expect.ZERO);
    }
    String s2 = "2. End to end";
    f("e2e.throughput", s2, "complaints/s, first POST → last process ended", "1/s", Expect.HIGHER);
    f("e2e.duration_s", s2, "duration", "s", Expect.LOWER);
    f("e2e.phase_intake_s", s2, "phase: intake until all level-1 tasks exist", "s", Expect.LOWER);
    f("e2e.phase_complete_s", s2, "phase: completing the level-1 tasks (RESOLVED)", "s", Expect.LOWER);
    f("e2e.phase_to_survey_s", s2, "phase: until every complaint waits for its survey answer", "s", Expect.LOWER);
    f("e2e.phase_close_s", s2, "phase: survey answers until the last process ended", "s", Expect.LOWER);
    f("e2e.closed", s2, "complaints closed", "", Expect.INFO);
    f("e2e.errors", s2, "errors (refused calls, complaints not closed)", "", Expect.ZERO);
    String s3 = "3. Escalation under load";
    escalationFigures("escalation", s3);
    f("escalation.duplicate_escalations", s3, "complaints with two escalation steps to level 2 (app's record)", "",
        Expect.ZERO);
    String s4 = "4. Scale";
    f("scale.open_complaints", s4, "open complaints while measuring", "", Expect.INFO);
    f("scale.heap_used_mb", s4, "heap used (jstat)", "MB", Expect.LOWER);
    f("scale.heap_after_gc_mb", s4, "heap live after a full GC (jcmd GC.run; jstat)", "MB", Expect.LOWER);
    f("scale.rss_mb", s4, "resident memory of the JVM", "MB", Expect.LOWER);
    f("scale.db_size_mb", s4, "database size", "MB", Expect.LOWER);
    f("scale.view_p50_ms", s4, "GET one complaint, p50 (bare: its open tasks)", "ms", Expect.LOWER);
    f("scale.view_p95_ms", s4, "GET one complaint, p95 (bare: its open tasks)", "ms", Expect.LOWER);
    f("scale.view_p99_ms", s4, "GET one complaint, p99 (bare: its open tasks)", "ms", Expect.LOWER);
    f("scale.report_p50_ms", s4, "escalation report, p50 (bare: activity statistics)", "ms", Expect.LOWER);
    f("scale.report_p95_ms", s4, "escalation report, p95 (bare: activity statistics)", "ms", Expect.LOWER);
    f("scale.errors", s4, "failed reads", "", Expect.ZERO);
    String s5 = "5. Storage (bytes per complaint)";
    for (String[] v : new String[][] {{"open", "open complaint"}, {"closed", "closed complaint"}}) {
      String p = "storage." + v[0] + ".";
      f(p + "runtime_bytes", s5, v[1] + ": runtime tables ACT_RU_* (allocated)", "B", Expect.LOWER);
      f(p + "history_bytes", s5, v[1] + ": history ACT_HI_* incl. decisions (allocated)", "B", Expect.LOWER);
      f(p + "other_bytes", s5, v[1] + ": other engine tables, mostly ACT_GE_BYTEARRAY (allocated)", "B",
          Expect.LOWER);
      f(p + "app_bytes", s5, v[1] + ": the app's own tables (allocated)", "B", Expect.LOWER);
      f(p + "total_bytes", s5, v[1] + ": all tables (allocated)", "B", Expect.LOWER);
      f(p + "runtime_row_bytes", s5, v[1] + ": runtime rows (row data only)", "B", Expect.LOWER);
      f(p + "history_row_bytes", s5, v[1] + ": history rows (row data only)", "B", Expect.LOWER);
      f(p + "other_row_bytes", s5, v[1] + ": other engine rows (row data only)", "B", Expect.LOWER);
      f(p + "app_row_bytes", s5, v[1] + ": app rows (row data only)", "B", Expect.LOWER);
      f(p + "total_row_bytes", s5, v[1] + ": all rows (row data only)", "B", Expect.LOWER);
      f(p + "file_bytes", s5, v[1] + ": H2 file growth (rough)", "B", Expect.LOWER);
    }
    String sj = "Jobs (single node, whole run)";
    f("jobs.successful", sj, "jobs executed (Camunda metric job-successful)", "", Expect.INFO);
    f("jobs.failed", sj, "job failures (job-failed)", "", Expect.INFO);
    f("jobs.acquired_failure", sj, "optimistic-locking failures at acquisition (job-acquired-failure)", "",
        Expect.INFO);
    f("jobs.execution_rejected", sj, "jobs handed back because the executor's queue was full "
        + "(job-execution-rejected)", "", Expect.INFO);
    f("jobs.ol_acquisition_per_1000", sj, "acquisition locking failures per 1,000 jobs", "", Expect.LOWER);
    f("jobs.ol_log_lines", sj, "log lines with OptimisticLockingException", "", Expect.LOWER);
    f("incidents", sj, "open incidents at the end", "", Expect.ZERO);
    f("failed_jobs", sj, "jobs with an exception at the end", "", Expect.ZERO);
    String s6 = "6. Two nodes on one PostgreSQL";
    f("cluster.intake_throughput", s6, "intake over both nodes: complaints/s until level-1 task", "1/s",
        Expect.HIGHER);
    f("cluster.intake_post_p95_ms", s6, "intake over both nodes: POST p95", "ms", Expect.LOWER);
    escalationFigures("cluster", s6);
    f("cluster.jobs_successful", s6, "jobs executed (job log)", "", Expect.INFO);
    f("cluster.ol_acquisition_per_1000", s6, "optimistic-locking failures at acquisition per 1,000 jobs", "",
        Expect.LOWER);
    f("cluster.ol_execution_per_1000", s6, "job executions failed on optimistic locking per 1,000 jobs", "",
        Expect.LOWER);
    f("cluster.execution_rejected", s6, "jobs handed back because an executor's queue was full", "", Expect.INFO);
    f("cluster.job_failures", s6, "failed job executions (job log)", "", Expect.INFO);
    f("cluster.ol_log_lines", s6, "log lines with OptimisticLockingException (both nodes)", "", Expect.LOWER);
    f("cluster.node1_share_pct", s6, "share of jobs run by node 1 (50 = even split)", "%", Expect.INFO);
    f("cluster.nodes_running_jobs", s6, "nodes that ran jobs", "", Expect.INFO);
  }

  private static void escalationFigures(String p, String section) {
    f(p + ".complaints", section, "open complaints whose level-1 deadline falls due at once", "", Expect.INFO);
    f(p + ".due_update_s", section, "time to set all due dates (before the due instant)", "s", Expect.INFO);
    f(p + ".all_moved_s", section, "due instant → every complaint has its level-2 task", "s", Expect.LOWER);
    f(p + ".lateness_p50_ms", section, "lateness of the level-2 task against the due instant, p50", "ms",
        Expect.LOWER);
    f(p + ".lateness_p95_ms", section, "lateness, p95", "ms", Expect.LOWER);
    f(p + ".lateness_max_ms", section, "lateness, max", "ms", Expect.LOWER);
    f(p + ".lateness_min_ms", section, "lateness, min (first pickup: idle back-off of the job executor)", "ms",
        Expect.LOWER);
    f(p + ".level2_per_s", section, "level-2 tasks/s between first and last", "1/s", Expect.HIGHER);
    f(p + ".fired_twice", section, "timers fired twice (job log) or complaints with two level-2 tasks", "",
        Expect.ZERO);
    f(p + ".lost", section, "timers lost: no level-2 task after the timeout", "", Expect.ZERO);
    f(p + ".incidents", section, "incidents", "", Expect.ZERO);
  }

  // ====================================================================== writing

  /** report.json and runs/*.json: two spaces per level, every array element on its own line, "key": value. */
  private static final ObjectWriter PRETTY = Http.JSON.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static String pretty(Object value) throws IOException {
    return PRETTY.writeValueAsString(value) + "\n";
  }

  /** Writes both files; returns the number of must-be-zero figures that were not 0. */
  @SuppressWarnings("unchecked")
  static int write(Path out, String command, Db.Kind dbKind, Sizes sizes, Map<String, Object> settings,
      List<Map<String, Object>> runs, long seconds, String database) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("generated", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
    report.put("command", command);
    report.put("duration_s", seconds);
    report.put("machine", machine());
    report.put("jvm", jvm());
    Map<String, Object> db = new LinkedHashMap<>();
    db.put("kind", dbKind == Db.Kind.H2 ? "h2" : "postgresql");
    db.put("server", database);
    if (dbKind == Db.Kind.POSTGRES) {
      db.put("version", Scenarios.exec("psql", "--version").trim());
    }
    report.put("database", db);
    report.put("settings", settings);

    List<Map<String, Object>> figures = new ArrayList<>();
    int failedChecks = 0;
    List<String> failures = new ArrayList<>();
    for (Figure fig : CATALOG) {
      String[][] targets = fig.section().startsWith("6.")
          ? new String[][] {{"app", "appCluster"}, {"bare", "bareCluster"}, {"floor", null}}
          : new String[][] {{"app", "app"}, {"bare", "bare"}, {"floor", fig.floorApplies() ? "floor" : null}};
      Map<String, List<Double>> values = new LinkedHashMap<>();
      for (String[] t : targets) {
        List<Double> v = new ArrayList<>();
        for (Map<String, Object> run : runs) {
          Map<String, Object> res = t[1] == null ? null : (Map<String, Object>) run.get(t[1]);
          Object x = res == null ? null : ((Map<String, Object>) res.get("metrics")).get(fig.key());
          v.add(x instanceof Number n ? n.doubleValue() : Double.NaN);
        }
        values.put(t[0], v);
      }
      if (values.values().stream().allMatch(l -> l.stream().allMatch(d -> d.isNaN()))) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("key", fig.key());
      entry.put("section", fig.section());
      entry.put("label", fig.label());
      entry.put("unit", fig.unit());
      entry.put("read", switch (fig.expect()) {
        case HIGHER -> "higher is better";
        case LOWER -> "lower is better";
        case ZERO -> "must be 0";
        case INFO -> "information";
      });
      entry.put("app", summary(values.get("app")));
      entry.put("bare", summary(values.get("bare")));
      entry.put("floor", summary(values.get("floor")));
      entry.put("ratio_app_to_bare", summary(ratios(fig, values.get("app"), values.get("bare"))));
      entry.put("ratio_app_to_floor", summary(ratios(fig, values.get("app"), values.get("floor"))));
      figures.add(entry);
      if (fig.expect() == Expect.ZERO) {
        for (String t : List.of("app", "bare", "floor")) {
          for (int i = 0; i < runs.size(); i++) {
            double v = values.get(t).get(i);
            if (!Double.isNaN(v) && v != 0) {
              failedChecks++;
              failures.add(t + " run " + (i + 1) + ": " + fig.key() + " = " + format(v));
            }
          }
        }
      }
    }
    report.put("figures", figures);
    report.put("failed_checks", failures);
    report.put("runs", runs);
    Files.writeString(out.resolve("report.json"), pretty(report), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("report.md"), markdown(report, figures, failures, runs, sizes),
        StandardCharsets.UTF_8);
    return failedChecks;
  }

  /** app ÷ other, run by run (NaN where either is missing, the other is 0, or the figure is a count or information). */
  private static List<Double> ratios(Figure fig, List<Double> app, List<Double> other) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < app.size(); i++) {
      double a = app.get(i);
      double b = other.get(i);
      ratios.add(fig.expect() == Expect.ZERO || fig.expect() == Expect.INFO || b == 0 || Double.isNaN(a)
          || Double.isNaN(b) ? Double.NaN : a / b);
    }
    return ratios;
  }

  private static Map<String, Object> summary(List<Double> values) {
    List<Double> real = values.stream().filter(d -> !d.isNaN()).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min", real.isEmpty() ? null : Stats.min(real));
    m.put("median", real.isEmpty() ? null : Stats.median(real));
    m.put("max", real.isEmpty() ? null : Stats.max(real));
    List<Object> all = new ArrayList<>();
    values.forEach(d -> all.add(d.isNaN() ? null : d));
    m.put("runs", all);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static String markdown(Map<String, Object> report, List<Map<String, Object>> figures, List<String> failures,
      List<Map<String, Object>> runs, Sizes sizes) {
    StringBuilder b = new StringBuilder();
    b.append("# Complaint Desk benchmark\n\n");
    b.append("`").append(report.get("command")).append("` · ").append(report.get("generated")).append(" · ")
        .append(report.get("duration_s")).append(" s · ").append(sizes.runs()).append(sizes.runs() == 1 ? " run" : " runs")
        .append("\n\n");
    b.append("Every figure: **median (min–max)** over the runs; the ratios app ÷ bare engine and app ÷ floor are ")
        .append("taken per run. *Bare engine*: the app's models with no-op delegates; *floor*: one user task with ")
        .append("one deadline on the same engine settings (intake, end to end and escalation only). ")
        .append("How to read the figures: bench/README.md.\n\n");
    if (!failures.isEmpty()) {
      b.append("**Checks that must be 0 and were not:** ").append(String.join("; ", failures)).append("\n\n");
    }
    b.append("## Machine, JVM, database, settings\n\n");
    b.append("| | |\n|---|---|\n");
    Map<String, Object> machine = (Map<String, Object>) report.get("machine");
    Map<String, Object> jvm = (Map<String, Object>) report.get("jvm");
    Map<String, Object> db = (Map<String, Object>) report.get("database");
    Map<String, Object> settings = (Map<String, Object>) report.get("settings");
    row(b, "machine", machine.get("cpu_model") + ", " + machine.get("cores") + " cores, "
        + machine.get("ram_mb") + " MB RAM, " + machine.get("os"));
    row(b, "JVM", jvm.get("version") + " (" + jvm.get("vm") + "); node defaults: max heap "
        + jvm.get("node_default_max_heap_mb") + " MB, " + jvm.get("node_default_gc"));
    row(b, "database", db.get("kind") + ": " + db.get("server") + (db.containsKey("version") ? " (" + db.get("version")
        + ")" : ""));
    row(b, "sizes", Http.json(settings.get("sizes")));
    row(b, "clients", Http.json(settings.get("clients")));
    Map<String, Object> engine = (Map<String, Object>) settings.get("engine");
    StringBuilder e = new StringBuilder();
    engine.forEach((k, v) -> e.append(e.length() > 0 ? "; " : "").append(k.replace("camunda.bpm.", "")
        .replace("generic-properties.properties.", "")).append(" = ").append(((Map<String, Object>) v).get("value")));
    row(b, "engine (app = bare = floor)", e.toString());
    row(b, "node JVM options", String.valueOf(settings.get("node_java_options")));
    String section = null;
    for (Map<String, Object> fig : figures) {
      if (!fig.get("section").equals(section)) {
        section = (String) fig.get("section");
        b.append("\n## ").append(section).append("\n\n");
        if (section.startsWith("5.")) {
          b.append("Camunda's sizing guidance for comparison: about 4 KB runtime and 20 KB history per (invoice) ")
              .append("process instance. *Allocated* = growth of table + indexes + TOAST (pg_total_relation_size ")
              .append("after VACUUM ANALYZE); *row data* = sum of pg_column_size of the new rows.\n\n");
        }
        if (section.startsWith("6.")) {
          b.append("Two nodes of the same jar on one database, clients alternating between them.\n\n");
        }
        b.append("| figure | unit | read | app | bare engine | floor | app ÷ bare | app ÷ floor |\n")
            .append("|---|---|---|---|---|---|---|---|\n");
      }
      b.append("| ").append(fig.get("label")).append(" | ").append(fig.get("unit")).append(" | ")
          .append(fig.get("read")).append(" | ").append(cell((Map<String, Object>) fig.get("app"))).append(" | ")
          .append(cell((Map<String, Object>) fig.get("bare"))).append(" | ")
          .append(cell((Map<String, Object>) fig.get("floor"))).append(" | ")
          .append(cell((Map<String, Object>) fig.get("ratio_app_to_bare"))).append(" | ")
          .append(cell((Map<String, Object>) fig.get("ratio_app_to_floor"))).append(" |\n");
    }
    b.append("\n## Notes and errors\n\n");
    boolean any = false;
    for (Map<String, Object> run : runs) {
      for (Map.Entry<String, Object> t : run.entrySet()) {
        if (!(t.getValue() instanceof Map)) {
          continue;
        }
        Map<String, Object> res = (Map<String, Object>) t.getValue();
        for (Object n : (List<Object>) res.get("notes")) {
          b.append("- run ").append(run.get("run")).append(", ").append(t.getKey()).append(": ").append(n).append('\n');
          any = true;
        }
        for (Object n : (List<Object>) res.get("errors")) {
          b.append("- **error** run ").append(run.get("run")).append(", ").append(t.getKey()).append(": ").append(n)
              .append('\n');
          any = true;
        }
        Map<String, Object> details = (Map<String, Object>) res.get("details");
        if (details.containsKey("cluster.successful_jobs_by_node")) {
          b.append("- run ").append(run.get("run")).append(", ").append(t.getKey()).append(": jobs by node ")
              .append(Http.json(details.get("cluster.successful_jobs_by_node"))).append('\n');
          any = true;
        }
      }
    }
    if (!any) {
      b.append("none\n");
    }
    b.append("\nPer-table storage, engine metrics and per-run values: report.json (`runs[].*.details`).\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
  }

  private static String cell(Map<String, Object> s) {
    if (s.get("median") == null) {
      return "–";
    }
    double med = (Double) s.get("median");
    double min = (Double) s.get("min");
    double max = (Double) s.get("max");
    return min == max ? format(med) : format(med) + " (" + format(min) + "–" + format(max) + ")";
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    double a = Math.abs(v);
    if (v == Math.rint(v) && a < 1e9) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  // ====================================================================== machine and JVM

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu_model", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    m.put("ram_mb", mem == null ? null : Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1024);
    String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME");
    m.put("os", (os == null ? System.getProperty("os.name") : os.replace("\"", "")) + ", kernel "
        + System.getProperty("os.version"));
    return m;
  }

  static Map<String, Object> jvm() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", System.getProperty("java.runtime.version"));
    m.put("vm", System.getProperty("java.vm.name") + ", " + System.getProperty("java.vendor"));
    m.put("java_home", System.getProperty("java.home"));
    String flags = Scenarios.exec(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+PrintFlagsFinal", "-version");
    for (String line : flags.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[1].equals("MaxHeapSize")) {
        m.put("node_default_max_heap_mb", Long.parseLong(f[3]) / (1024 * 1024));
      }
      if (f.length >= 4 && f[1].matches("Use(G1|Serial|Parallel|Z|Shenandoah)GC") && f[3].equals("true")) {
        m.put("node_default_gc", f[1].substring(3));
      }
    }
    m.put("load_generator", "separate JVM, java.net.http + Jackson, options: "
        + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    return m;
  }

  private static String firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        int sep = line.indexOf(line.contains("=") && !line.contains(":") ? '=' : ':');
        if (sep > 0 && line.substring(0, sep).trim().equals(key)) {
          return line.substring(sep + 1).trim();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
