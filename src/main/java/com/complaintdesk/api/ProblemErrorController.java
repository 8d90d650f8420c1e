package com.complaintdesk.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reach a controller (the servlet container's, a filter's) are problem documents too,
 * with no exception text: a 5xx gets an error id that is in the log.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends AbstractErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

  public ProblemErrorController(ErrorAttributes errorAttributes) {
    super(errorAttributes);
  }

  @RequestMapping
  public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    ProblemDetail problem;
    if (status.is5xxServerError()) {
      String errorId = ErrorIds.next();
      Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.error("Error {} on {} {}", errorId, request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          exception instanceof Throwable t ? t : null);
      problem = Problems.internalError(errorId);
    } else {
      problem = Problems.problem(status, status.getReasonPhrase(),
          status == HttpStatus.NOT_FOUND ? "No such resource" : "The request was refused: " + status.getReasonPhrase());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
