package com.complaintdesk.department;

import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.identity.IdempotentIdentity;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The departments' groups from configuration, in every profile. They need no grant of their own: Tasklist comes
 * with the {@code departments} group, and a question's task is visible to its department through its candidate group.
 */
@Component
@Order(2)
public class DepartmentGroupSeeder implements ApplicationRunner {

  private final IdentityService identityService;
  private final DepartmentProperties departments;

  public DepartmentGroupSeeder(IdentityService identityService, DepartmentProperties departments) {
    this.identityService = identityService;
    this.departments = departments;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DepartmentProperties.Department department : departments.groups()) {
      if (DeskGroups.ALL.contains(department.id())) {
        throw new IllegalStateException("complaints.departments.groups: " + department.id()
            + " is one of the desk's own groups; a department needs a group of its own");
      }
      // two nodes starting at once: the second finds the group the first created
      IdempotentIdentity.ensure("group " + department.id(),
          () -> identityService.createGroupQuery().groupId(department.id()).count() > 0, () -> {
            Group group = identityService.newGroup(department.id());
            group.setName(department.name());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
          });
    }
  }
}
