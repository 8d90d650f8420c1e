package com.complaintdesk.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Who is in a group, as Camunda's identity service knows it. */
@Component
public class GroupMembers {

  private final IdentityService identityService;

  public GroupMembers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean hasMembers(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).count() > 0;
  }
}
