package com.complaintdesk.api;

import static com.complaintdesk.api.Problems.internalError;
import static com.complaintdesk.api.Problems.problem;

import com.complaintdesk.complaint.ConflictException;
import com.complaintdesk.complaint.TooLargeException;
import com.complaintdesk.complaint.UnsupportedContentException;
import com.complaintdesk.complaint.DomainException;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One error style for the app's API: every 4xx and 5xx is {@code application/problem+json} that names the
 * problem. A refusal is logged in one line; an unexpected error gets an id, which the client sees and the
 * log records with the stack trace, and nothing of the internals reaches the client.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
        .distinct()
        .toList();
    return invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> {
      if (result instanceof ParameterErrors body) {
        body.getFieldErrors().forEach(e -> errors.add(Map.of("field", e.getField(),
            "message", String.valueOf(e.getDefaultMessage()))));
        return;
      }
      String name = result.getMethodParameter().getParameterName();
      var header = result.getMethodParameter().getParameterAnnotation(
          org.springframework.web.bind.annotation.RequestHeader.class);
      String field = header != null && !header.name().isEmpty() ? header.name() : name;
      result.getResolvableErrors().forEach(e -> errors.add(Map.of("field", String.valueOf(field),
          "message", String.valueOf(e.getDefaultMessage()))));
    });
    errors.sort(Comparator.comparing(e -> e.get("field")));
    return invalid(errors.stream().distinct().toList());
  }

  private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
    String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: " + fields);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    LOG.info("Refused a request with invalid fields: {}", fields);
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
        "The request body cannot be read: " + JsonErrors.describe(ex));
    problem.setTitle("Malformed request body");
    LOG.info("Refused a malformed request body: {}", problem.getDetail());
    return ResponseEntity.badRequest().body(problem);
  }

  /** A multipart body Tomcat cannot read (a broken boundary, a truncated part). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
    if (e instanceof MaxUploadSizeExceededException) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
          "Request body too large", "The file is larger than the upload limit"));
    }
    LOG.info("{} {} refused: unreadable multipart body", request.getMethod(), request.getRequestURI());
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
        "The multipart body cannot be read"));
  }

  @ExceptionHandler(InvalidParametersException.class)
  ResponseEntity<Object> invalidParameters(InvalidParametersException e) {
    return invalid(e.problems().stream()
        .map(p -> Map.of("field", p.parameter(), "message", p.message()))
        .distinct()
        .toList());
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
    HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
        : e instanceof ConflictException ? HttpStatus.CONFLICT
        : e instanceof TooLargeException ? HttpStatus.PAYLOAD_TOO_LARGE
        : e instanceof UnsupportedContentException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
    LOG.info("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), status.value(), e.getMessage());
    return ResponseEntity.status(status).body(problem(status, e.title(), e.getMessage()));
  }

  /** Two requests changed the same complaint at once (a double click, a retry racing the original): try again. */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  ResponseEntity<ProblemDetail> concurrentChange(Exception e, HttpServletRequest request) {
    LOG.info("{} {} refused with 409: a concurrent change ({})", request.getMethod(), request.getRequestURI(),
        e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Changed at the same moment",
        "Someone or something changed this complaint at the same moment; reload and retry"));
  }

  /** Spring Security's firewall refuses what a parameter or header may not contain; a request error, not ours. */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
    String reason = String.valueOf(e.getMessage());
    LOG.warn("{} {} rejected: {}", request.getMethod(), request.getRequestURI(),
        reason.substring(0, Math.min(200, reason.length())));
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Request rejected",
        "The request has a parameter or header that is not accepted"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(problem(HttpStatus.FORBIDDEN, "Not allowed", "Your groups do not allow this request"));
  }

  /** Anything else is a bug: the client gets an id to quote, the log gets the stack trace under that id. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    String errorId = ErrorIds.next();
    LOG.error("Error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.internalServerError().body(internalError(errorId));
  }
}
