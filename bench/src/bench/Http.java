package bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** One HTTP endpoint (a node of the app or of the bare engine), optionally with HTTP Basic credentials. */
final class Http {

  record Response(int status, String body, long nanos, long startedEpochMillis, Map<String, List<String>> headers) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    Map<String, Object> object() {
      return Json.object(body);
    }

    List<Object> array() {
      return Json.array(body);
    }

    double millis() {
      return nanos / 1e6;
    }
  }

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  final String base;
  private final String authorization;

  Http(String base, String user, String password) {
    this.base = base;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response get(String path) {
    return send(request(path).GET(), path);
  }

  Response post(String path, Object jsonBody, String... headers) {
    HttpRequest.Builder b = request(path).POST(body(jsonBody)).header("Content-Type", "application/json");
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b, path);
  }

  Response put(String path, Object jsonBody) {
    return send(request(path).PUT(body(jsonBody)).header("Content-Type", "application/json"), path);
  }

  /** GET that must succeed. */
  Response getOk(String path) {
    Response r = get(path);
    if (!r.ok()) {
      throw new BenchException("GET " + base + path + " -> " + r.status() + ": " + Json.abbreviate(r.body()));
    }
    return r;
  }

  private static HttpRequest.BodyPublisher body(Object jsonBody) {
    String text = jsonBody == null ? "{}" : jsonBody instanceof String s ? s : Json.write(jsonBody);
    return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
        .header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private Response send(HttpRequest.Builder builder, String path) {
    HttpRequest request = builder.build();
    long epoch = System.currentTimeMillis();
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), System.nanoTime() - t0, epoch, r.headers().map());
    } catch (IOException e) {
      return new Response(-1, e.toString(), System.nanoTime() - t0, epoch, Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted: " + request.method() + " " + path);
    }
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
