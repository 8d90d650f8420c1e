package com.complaintdesk.api;

import com.complaintdesk.complaint.ComplaintNotFoundException;
import com.complaintdesk.intake.IdempotencyConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the app's own API is {@code application/problem+json} that names the problem. */
@RestControllerAdvice(basePackages = "com.complaintdesk")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
        .toList();
    String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: " + fields);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
      }
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON of the expected shape: " + rootMessage(ex));
    problem.setTitle("Malformed request body");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(ComplaintNotFoundException.class)
  ProblemDetail notFound(ComplaintNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Complaint not found", e.getMessage());
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ProblemDetail idempotencyConflict(IdempotencyConflictException e) {
    return problem(HttpStatus.CONFLICT, "Idempotency-Key reused", e.getMessage());
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    return ResponseEntity.status(e.status()).body(problem(e.status(), e.title(), e.getMessage()));
  }

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int sourceNote = message.indexOf(" at [Source");
    return (sourceNote > 0 ? message.substring(0, sourceNote) : message).lines().findFirst().orElse(message);
  }
}
