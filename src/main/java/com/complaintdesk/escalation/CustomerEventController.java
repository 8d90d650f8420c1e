package com.complaintdesk.escalation;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
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

  @PostMapping(path = "/api/complaints/{complaintId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventReceipt> post(@PathVariable String complaintId,
      @Valid @RequestBody CustomerEventRequest event) {
    return ResponseEntity.accepted().body(events.handle(complaintId, event));
  }
}
