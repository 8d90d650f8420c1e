package com.complaintdesk.api;

import com.complaintdesk.testsupport.Http;
import com.complaintdesk.testsupport.Http.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A user logged in to the Camunda webapps as Tasklist does it: a session cookie and the CSRF token. */
final class WebappSession {

  private final Http http;

  private WebappSession(int port) {
    this.http = Http.onPort(port).withCookies();
  }

  static WebappSession login(int port, String user, String password) {
    return login(port, user, password, "tasklist");
  }

  /** Logs in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}), as its login page does. */
  static WebappSession login(int port, String user, String password, String app) {
    WebappSession session = new WebappSession(port);
    Response login = session.tryLogin(user, password, app);
    if (login.status() != 200) {
      throw new AssertionError("login of " + user + " to " + app + " failed: " + login.status() + " " + login.body());
    }
    // the login starts a new session with a new CSRF token: read it as the app does after logging in, or every
    // modifying call would be refused by the CSRF filter instead of by the rules under test
    session.http.get("/camunda/api/admin/auth/user/default", null);
    return session;
  }

  /** The login's answer: 200, or 401/403 when the user may not use the app. */
  static int loginStatus(int port, String user, String password, String app) {
    return new WebappSession(port).tryLogin(user, password, app).status();
  }

  private Response tryLogin(String user, String password, String app) {
    http.get("/camunda/app/" + app + "/default/", null);
    return http.send(http.request("/camunda/api/admin/auth/user/default/login/" + app, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
  }

  /** The session's own client: its cookies go with every call, as a browser's do. */
  Http http() {
    return http;
  }

  /** A call to the webapps' engine API, e.g. {@code POST job/42/execute}. */
  Response engine(String method, String path, String json) {
    HttpRequest.Builder request = http.request("/camunda/api/engine/engine/default/" + path, null)
        .header("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"))
        .header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request);
  }
}
