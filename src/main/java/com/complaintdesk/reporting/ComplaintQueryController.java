package com.complaintdesk.reporting;

import com.complaintdesk.identity.ComplaintAccess;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ComplaintQueryController {

  private final ComplaintViewAssembler views;
  private final ComplaintAccess access;

  public ComplaintQueryController(ComplaintViewAssembler views, ComplaintAccess access) {
    this.views = views;
    this.access = access;
  }

  /** The complaint, for those whose groups hold or held it (and those who read all). */
  @GetMapping(path = "/api/complaints/{complaintId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ComplaintView get(@PathVariable String complaintId, Authentication user) {
    access.checkRead(complaintId, user);
    return views.view(complaintId);
  }
}
