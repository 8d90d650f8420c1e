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
    return login(port, user, password, "tasklist");
  }

  /** Logs in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}), as its login page does. */
  static WebappSession login(int port, String user, String password, String app) {
    WebappSession session = new WebappSession(port);
    HttpResponse<String> login = session.tryLogin(user, password, app);
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + user + " to " + app + " failed: " + login.statusCode() + " " + login.body());
    }
    // the login starts a new session with a new CSRF token: read it as the app does after logging in, or every
    // modifying call would be refused by the CSRF filter instead of by the rules under test
    session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default")).GET());
    return session;
  }

  /** The login's answer: 200, or 401/403 when the user may not use the app. */
  static int loginStatus(int port, String user, String password, String app) {
    return new WebappSession(port).tryLogin(user, password, app).statusCode();
  }

  private HttpResponse<String> tryLogin(String user, String password, String app) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET());
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
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
