package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A filter's refusal in the API's one error style, written before any controller runs. */
public final class ProblemResponse {

  private ProblemResponse() {}

  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title,
      String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(status, title, detail));
  }
}
