package com.complaintdesk.reporting;

import com.complaintdesk.identity.ComplaintAccess;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ComplaintQueryController {

  private final ComplaintViewAssembler views;
  private final ComplaintList list;
  private final ComplaintAccess access;

  public ComplaintQueryController(ComplaintViewAssembler views, ComplaintList list, ComplaintAccess access) {
    this.views = views;
    this.list = list;
    this.access = access;
  }

  /** The complaint, for those whose groups hold or held it (and those who read all). */
  @GetMapping(path = "/api/complaints/{complaintId}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ComplaintView get(@PathVariable String complaintId, Authentication user) {
    access.checkRead(complaintId, user);
    return views.view(complaintId);
  }

  /**
   * A page of the complaints the user may read, filtered and sorted (docs/api.md, "Listing and searching"): status,
   * level, priority, category, customerId, customerEmail, overdue, createdFrom, createdTo, q (words of the
   * description), sort (createdAt, levelDueAt, priority, level, id; ,asc or ,desc), page, size (at most 100).
   */
  @GetMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  public ComplaintPage list(@RequestParam MultiValueMap<String, String> parameters, Authentication user) {
    return list.page(ComplaintListParameters.parse(parameters), ComplaintAccess.scope(user));
  }
}
