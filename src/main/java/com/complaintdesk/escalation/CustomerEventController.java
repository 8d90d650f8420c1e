package com.complaintdesk.escalation;

import com.complaintdesk.identity.ComplaintAccess;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerEventController {

  private final CustomerEventService events;
  private final ComplaintAccess access;

  public CustomerEventController(CustomerEventService events, ComplaintAccess access) {
    this.events = events;
    this.access = access;
  }

  @PostMapping(path = "/api/complaints/{complaintId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventReceipt> post(@PathVariable String complaintId,
      @Valid @RequestBody CustomerEventRequest event, Authentication caller) {
    // an integration acts only on the complaints it may read; to it, the others do not exist
    access.checkRead(complaintId, caller);
    return ResponseEntity.accepted().body(events.handle(complaintId, event));
  }
}
