package com.complaintdesk.intake;

import com.complaintdesk.reporting.ComplaintView;
import com.complaintdesk.reporting.ComplaintViewAssembler;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

  private final IntakeService intake;
  private final ComplaintViewAssembler views;

  public ComplaintController(IntakeService intake, ComplaintViewAssembler views) {
    this.intake = intake;
    this.views = views;
  }

  @PostMapping
  public ResponseEntity<IntakeResponse> submit(
      @Valid @RequestBody ComplaintRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    IntakeResult result = intake.submit(request, idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
    ComplaintView view = views.view(result.complaint().id());
    return ResponseEntity.created(URI.create("/api/complaints/" + view.complaintId()))
        .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
        .body(new IntakeResponse(view.complaintId(), view.processInstanceId(), view.status(), view.level()));
  }

  @GetMapping("/{complaintId}")
  public ComplaintView get(@PathVariable String complaintId) {
    return views.view(complaintId);
  }

  public record IntakeResponse(String complaintId, String processInstanceId, String status, Integer level) {}
}
