package com.complaintdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The tests' one HTTP client: real requests to a running app, with Basic credentials ({@code "carla"} means
 * carla with the demo password, {@code "admin:secret"} gives the password), or with a cookie session as the
 * webapps keep one.
 */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies;

  private Http(String base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    this.client = (cookies == null ? builder : builder.cookieHandler(cookies)).build();
  }

  public static Http on(String baseUrl) {
    return new Http(baseUrl, null);
  }

  public static Http onPort(int port) {
    return on("http://localhost:" + port);
  }

  /** A client that keeps the cookies the server sets, as a browser does. */
  public Http withCookies() {
    return new Http(base, new CookieManager());
  }

  public String baseUrl() {
    return base;
  }

  public record Response(int status, String body, HttpHeaders headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public static String basic(String user) {
    String credentials = user.contains(":") ? user : user + ":demo";
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** A request to the path, as the user (null: without credentials). */
  public HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    if (user != null) {
      builder.header("Authorization", basic(user));
    }
    return builder;
  }

  public Response get(String path, String user) {
    return send(request(path, user).GET());
  }

  public Response post(String path, String user, String json) {
    return post(path, user, json, Map.of());
  }

  public Response post(String path, String user, String json, Map<String, String> headers) {
    return send("POST", path, user, json, headers);
  }

  public Response put(String path, String user, String json) {
    return send("PUT", path, user, json, Map.of());
  }

  /** Any method, a JSON body (or none) and extra headers. */
  public Response send(String method, String path, String user, String json, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, user).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(builder);
  }

  /** A multipart body with one file part, as a browser form or curl -F sends it. */
  public Response multipart(String path, String user, String field, String fileName, String content) {
    String boundary = "----complaintdesk" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/xml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /**
   * A multipart body with one file part of any bytes; the part claims {@code claimedType}, which the app ignores.
   * {@code headers} go on the request (a session's X-Requested-By).
   */
  public Response multipart(String path, String user, String fileName, byte[] content, String claimedType,
      Map<String, String> headers) {
    String boundary = "----complaintdesk" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest.Builder request = request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request);
  }

  public Response send(HttpRequest.Builder request) {
    return send(request.build());
  }

  public Response send(HttpRequest request) {
    try {
      return attempt(request);
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + ": " + e, e);
    }
  }

  /** The same, for a server that may be down (a node being killed): the caller handles the refusal. */
  public Response attempt(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A cookie the server set on this client (for example the webapps' XSRF-TOKEN), or "" before it did. */
  public String cookie(String name) {
    if (cookies == null) {
      return "";
    }
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
