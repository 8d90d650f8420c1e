package com.complaintdesk.identity;

import static com.complaintdesk.identity.IdempotentIdentity.ensure;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The operations account: created once, password from {@code complaints.admin.password} (required in prod). */
@Component
@Order(2)
public class AdminAccountSeeder implements ApplicationRunner {

  private final IdentityService identityService;
  private final AdminAccountProperties admin;

  public AdminAccountSeeder(IdentityService identityService, AdminAccountProperties admin) {
    this.identityService = identityService;
    this.admin = admin;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure("user " + admin.id(), () -> identityService.createUserQuery().userId(admin.id()).count() > 0, () -> {
      User user = identityService.newUser(admin.id());
      user.setFirstName("Operations");
      user.setLastName("Admin");
      user.setPassword(admin.password());
      identityService.saveUser(user);
    });
    ensure("membership " + admin.id() + " in " + DeskGroups.ADMIN,
        () -> identityService.createUserQuery().userId(admin.id()).memberOfGroup(DeskGroups.ADMIN).count() > 0,
        () -> identityService.createMembership(admin.id(), DeskGroups.ADMIN));
  }
}
