package com.complaintdesk.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A user logged in to the Camunda webapps as Tasklist does it: a session cookie and the CSRF token. */
final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  static WebappSession login(int port, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/default/")).GET());
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            URI.create(session.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + user + " failed: " + login.statusCode() + " " + login.body());
    }
    return session;
  }

  /** A call to the webapps' engine API, e.g. {@code POST job/42/execute}. */
  HttpResponse<String> engine(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/" + path))
        .header("X-XSRF-TOKEN", csrfToken())
        .header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return send(request);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
