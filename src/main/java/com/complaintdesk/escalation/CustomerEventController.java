package com.complaintdesk.escalation;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerEventController {

  private final CustomerEventService events;

  public CustomerEventController(CustomerEventService events) {
    this.events = events;
  }

  @PostMapping("/api/complaints/{complaintId}/events")
  public ResponseEntity<Map<String, Object>> post(@PathVariable String complaintId,
      @Valid @RequestBody CustomerEventRequest event) {
    boolean correlated = events.handle(complaintId, event);
    return ResponseEntity.accepted()
        .body(Map.of("complaintId", complaintId, "type", event.type(), "correlated", correlated));
  }
}
