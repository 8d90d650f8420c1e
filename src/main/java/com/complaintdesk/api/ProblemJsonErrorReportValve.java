package com.complaintdesk.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers before any filter or controller sees the request (a {@code %00} or {@code %2F} in the
 * path, a request line or headers over the size limit) get the API's problem document instead of Tomcat's HTML
 * page, and a WARN line without a stack trace. Only when nothing was written yet: the app's own errors keep
 * their body.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemJsonErrorReportValve.class);

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    // Tomcat's own words ("Invalid URI", "Request header is too large"), never the request's text
    String detail = response.getMessage() == null || response.getMessage().isBlank() ? title : response.getMessage();
    LOG.warn("Refused a request before it reached the app: {} {}", status, detail);
    String body = "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
        + ",\"detail\":\"" + escape(detail) + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException closed) {
      // the client is gone or the response was committed after all: nothing left to tell
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
