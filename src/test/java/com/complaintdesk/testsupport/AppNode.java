package com.complaintdesk.testsupport;

import com.complaintdesk.testsupport.Http.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Complaint Desk node: the packaged jar in its own JVM, configured only by environment, as in docker/. */
public final class AppNode implements AutoCloseable {

  public final String name;
  public final int port;
  public final Path log;
  private final String admin;
  private final Http http;
  private Process process;

  private AppNode(String name, int port, Path log, String adminPassword) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.admin = "admin:" + adminPassword;
    this.http = Http.on("http://127.0.0.1:" + port);
  }

  public static AppNode start(String name, Path jar, Path workDir, Map<String, String> environment, String adminPassword)
      throws IOException {
    int port = freePort();
    Files.createDirectories(workDir);
    AppNode node = new AppNode(name, port, workDir.resolve(name + ".log"), adminPassword);
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", jar.toAbsolutePath().toString()))
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(node.log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("COMPLAINTS_NODE_NAME", name);
    node.process = builder.start();
    return node;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public boolean alive() {
    return process.isAlive();
  }

  public void awaitHealthy(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "\n" + logTail());
      }
      try {
        Response health = http.attempt(http.request("/actuator/health", null).GET().build());
        if (health.status() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " not healthy within " + timeout + "\n" + logTail());
  }

  /** A call as admin; throws IOException while the node is down. */
  public Response get(String path) throws IOException {
    return http.attempt(http.request(path, admin).GET().build());
  }

  public Response post(String path, String json) throws IOException {
    return send("POST", path, json, Map.of());
  }

  /** Any call as admin, with extra headers. */
  public Response send(String method, String path, String json, Map<String, String> headers) throws IOException {
    HttpRequest.Builder request = http.request(path, admin).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return http.attempt(request.build());
  }

  /** kill -9: no shutdown hook, no unlocking of jobs, connections dropped. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
