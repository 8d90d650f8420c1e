package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** The API's one error style (RFC 9457 problem documents), for controllers' advice and filters alike. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  /** A bug: the client gets an id to quote, which the log line carries too. */
  public static ProblemDetail internalError(String errorId) {
    ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Something went wrong on our side. Quote error id " + errorId + " when you report it.");
    problem.setProperty("errorId", errorId);
    return problem;
  }

  /** A filter's refusal, written before any controller runs. */
  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title,
      String detail) throws IOException {
    write(response, json, problem(status, title, detail));
  }

  public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
