package com.complaintdesk.intake;

import com.complaintdesk.complaint.Complaint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ComplaintController {

  static final int MAX_IDEMPOTENCY_KEY = 200;

  private final IntakeService intake;

  public ComplaintController(IntakeService intake) {
    this.intake = intake;
  }

  /** {@code produces}: a client that cannot read JSON gets 406 before anything is stored. */
  @PostMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<IntakeResponse> submit(
      @Valid @RequestBody ComplaintRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false)
      @Size(max = MAX_IDEMPOTENCY_KEY, message = "must be at most 200 characters")
      @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
      String idempotencyKey,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
      Principal principal) {
    IntakeResult result = intake.submit(request, acceptLanguage, idempotencyKey, principal.getName());
    Complaint c = result.complaint();
    return ResponseEntity.created(URI.create("/api/complaints/" + c.id()))
        .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
        .body(new IntakeResponse(c.id(), c.processInstanceId(), c.status().name(), c.level()));
  }

  public record IntakeResponse(String complaintId, String processInstanceId, String status, Integer level) {}
}
