package bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The engine settings the app runs with, read from the packaged jar's application.yaml (+ application-demo.yaml)
 * with ${ENV:default} placeholders resolved against the environment the app gets. The bare engine is started
 * with exactly these, so both run the same history level and job executor. Settings the app sets in Java code
 * instead of YAML are not seen: then Camunda's defaults are assumed and the report says so.
 */
final class EngineSettings {

  /** Setting -> [app property, environment variable the bare engine reads, Camunda starter default]. */
  static final String[][] SETTINGS = {
      {"camunda.bpm.history-level", "BENCH_HISTORY_LEVEL", "full"},
      {"camunda.bpm.job-execution.core-pool-size", "COMPLAINTS_JOB_CORE_POOL_SIZE", "3"},
      {"camunda.bpm.job-execution.max-pool-size", "COMPLAINTS_JOB_MAX_POOL_SIZE", "10"},
      {"camunda.bpm.job-execution.queue-capacity", "COMPLAINTS_JOB_QUEUE_CAPACITY", "3"},
      {"camunda.bpm.job-execution.lock-time-in-millis", "COMPLAINTS_JOB_LOCK_TIME_MS", "300000"},
      {"camunda.bpm.job-execution.max-jobs-per-acquisition", "COMPLAINTS_JOB_MAX_JOBS_PER_ACQUISITION", "3"},
      {"camunda.bpm.job-execution.wait-time-in-millis", "COMPLAINTS_JOB_WAIT_TIME_MS", "5000"},
      {"camunda.bpm.job-execution.max-wait", "COMPLAINTS_JOB_MAX_WAIT_MS", "60000"},
      {"camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date", "BENCH_JOB_ACQUIRE_BY_DUE_DATE",
          "false"},
      {"camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs", "BENCH_JOB_PREFER_TIMER_JOBS",
          "false"},
      {"spring.datasource.hikari.maximum-pool-size", "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "10"}};

  final Map<String, String> values = new LinkedHashMap<>();
  final Map<String, String> source = new LinkedHashMap<>();

  static EngineSettings read(Path appJar, Map<String, String> appEnv) {
    Map<String, String> yaml = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(appJar.toFile())) {
      for (String name : new String[] {"BOOT-INF/classes/application.yaml", "BOOT-INF/classes/application-demo.yaml"}) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
          try (InputStream in = zip.getInputStream(e)) {
            yaml.putAll(flatten(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (IOException e) {
      throw new BenchException("cannot read " + appJar + ": " + e.getMessage());
    }
    EngineSettings s = new EngineSettings();
    for (String[] setting : SETTINGS) {
      String raw = yaml.get(setting[0]);
      String envName = setting[0].toUpperCase().replaceAll("[.-]", "_");
      if (appEnv.containsKey(envName)) {
        s.values.put(setting[0], appEnv.get(envName));
        s.source.put(setting[0], "environment " + envName);
      } else if (raw != null) {
        s.values.put(setting[0], resolve(raw, appEnv));
        s.source.put(setting[0], "app jar application.yaml: " + raw);
      } else {
        s.values.put(setting[0], setting[2]);
        s.source.put(setting[0], "not in the app's YAML: Camunda/Spring default assumed");
      }
    }
    return s;
  }

  /** Environment for the bare engine that reproduces these settings. */
  Map<String, String> bareEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String[] setting : SETTINGS) {
      env.put(setting[1], values.get(setting[0]));
    }
    return env;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

  static String resolve(String raw, Map<String, String> env) {
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = env.getOrDefault(m.group(1), System.getenv(m.group(1)));
      if (v == null) {
        v = m.group(2) == null ? "" : m.group(2);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** key: value lines of a simple YAML document as dotted keys (lists and multi-line values are skipped). */
  static Map<String, String> flatten(String yaml) {
    Map<String, String> out = new LinkedHashMap<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> keys = new ArrayDeque<>();
    for (String line : yaml.split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("-")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      int colon = stripped.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        keys.pop();
      }
      String key = stripped.substring(0, colon).trim();
      String value = stripped.substring(colon + 1).trim();
      if (value.isEmpty()) {
        indents.push(new int[] {indent});
        keys.push(key);
        continue;
      }
      if (value.startsWith("#")) {
        continue;
      }
      int comment = value.indexOf(" #");
      if (comment > 0 && !value.startsWith("\"") && !value.startsWith("'")) {
        value = value.substring(0, comment).trim();
      }
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      StringBuilder full = new StringBuilder();
      keys.descendingIterator().forEachRemaining(k -> full.append(k).append('.'));
      out.put(full.append(key).toString(), value);
    }
    return out;
  }
}
