package bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  /**
   * JSON of request and response bodies and of the report, as maps, lists, strings, numbers (read them as
   * Number: Integer, Long or BigInteger, Double), booleans and null. A double is written without ".0" when it is
   * whole (15, not 15.0) and as null when it is NaN or infinite (a figure that was not measured).
   */
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .addModule(new SimpleModule().addSerializer(new StdSerializer<Double>(Double.class) {
        @Override
        public void serialize(Double d, JsonGenerator g, SerializerProvider p) throws IOException {
          if (d.isNaN() || d.isInfinite()) {
            g.writeNull();
          } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber(d.longValue());
          } else {
            g.writeNumber(d);
          }
        }
      }))
      .build();
  private static final ObjectReader OBJECT = JSON.readerForMapOf(Object.class);
  private static final ObjectReader ARRAY = JSON.readerForListOf(Object.class);

  record Response(int status, String body, long nanos, long startedEpochMillis, Map<String, List<String>> headers) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    Map<String, Object> object() {
      return read(OBJECT, "object", body);
    }

    List<Object> array() {
      return read(ARRAY, "array", body);
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
      throw new BenchException("GET " + base + path + " -> " + r.status() + ": " + Log.abbreviate(r.body()));
    }
    return r;
  }

  private static HttpRequest.BodyPublisher body(Object jsonBody) {
    String text = jsonBody == null ? "{}" : jsonBody instanceof String s ? s : json(jsonBody);
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

  private static <T> T read(ObjectReader reader, String what, String text) {
    try {
      T value = reader.readValue(text);
      if (value != null) {
        return value;
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON " + what + " (" + e.getOriginalMessage() + "): "
          + Log.abbreviate(text));
    }
    throw new IllegalArgumentException("not a JSON " + what + ": null");
  }

  /** Compact JSON. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
