package bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM under test: the packaged app, the bare engine (the app's models) or the floor (the bare engine with
 * only the floor model), started as users start it, with its own log.
 */
final class Node {

  enum Kind {
    APP, BARE, FLOOR;

    /** Name in report.json, file names and logs: app, bare, floor. */
    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  final Kind kind;
  final String name;
  final int port;
  final Path log;
  final Http http;
  final Engine engine;
  private final Process process;
  final long startMillis;
  long readyMillis;

  private Node(Kind kind, String name, int port, Path log, Process process, Http http) {
    this.kind = kind;
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.http = http;
    this.engine = new Engine(http);
    this.startMillis = System.currentTimeMillis();
  }

  long pid() {
    return process.pid();
  }

  static Node start(Kind kind, String name, Path jar, Path workDir, Map<String, String> env, List<String> javaOpts,
      String adminPassword) throws IOException {
    Files.createDirectories(workDir);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOpts);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().putAll(env);
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    pb.environment().put("COMPLAINTS_NODE_NAME", name);
    Path log = workDir.resolve(name + ".log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Log.info("start %s %s on port %d (log %s)", kind, name, port, log);
    Process process = pb.start();
    Http http = new Http("http://127.0.0.1:" + port,
        kind == Kind.APP ? Contract.ADMIN_USER : null, kind == Kind.APP ? adminPassword : null);
    Node node = new Node(kind, name, port, log, process, http);
    RUNNING.add(node);
    return node;
  }

  /** Waits until the app says it is healthy (or the bare engine / the floor has its models deployed). */
  void awaitReady(long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    String path = switch (kind) {
      case APP -> Contract.APP_HEALTH;
      case BARE -> Contract.BARE_READY;
      case FLOOR -> Contract.FLOOR_READY;
    };
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new BenchException(name + " exited with " + process.exitValue() + " during start; log: " + log
            + "\n" + tail(40));
      }
      Http.Response r = http.get(path);
      if (r.ok()) {
        readyMillis = System.currentTimeMillis();
        Log.info("%s ready after %.1f s", name, (readyMillis - startMillis) / 1000.0);
        return;
      }
      sleep(250);
    }
    throw new BenchException(name + " not ready within " + timeoutMillis / 1000 + " s; log: " + log + "\n" + tail(40));
  }

  /** SIGTERM (graceful: running jobs finish, metrics are written), then SIGKILL after a minute. */
  void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          Log.info("%s did not stop within 60 s: killed", name);
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    RUNNING.remove(this);
  }

  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  long countLogLines(String needle) {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(needle)).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }

  static final List<Node> RUNNING = new java.util.concurrent.CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(n -> n.process.destroyForcibly())));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted");
    }
  }
}
