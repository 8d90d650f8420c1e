package com.complaintdesk.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A database that once ran the demo profile keeps the demo accounts and their password {@code demo}; {@code prod}
 * on it would let anyone in as {@code carla} or {@code olga}. Such a start is refused, naming the accounts, until
 * they are deleted or given passwords of their own (Admin webapp, or the identity REST API as admin).
 */
@Component
@Profile("prod")
@Order(3)
class NoDemoPasswordsInProduction implements ApplicationRunner {

  private final IdentityService identityService;
  private final AdminAccountProperties admin;

  NoDemoPasswordsInProduction(IdentityService identityService, AdminAccountProperties admin) {
    this.identityService = identityService;
    this.admin = admin;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> ids = new ArrayList<>(DemoUserSeeder.USERS.stream().map(DemoUserSeeder.DemoUser::id).toList());
    ids.add(admin.id());
    List<String> open = ids.stream()
        .filter(id -> identityService.createUserQuery().userId(id).count() > 0)
        .filter(id -> identityService.checkPassword(id, DemoUserSeeder.DEMO_PASSWORD))
        .toList();
    if (!open.isEmpty()) {
      throw new IllegalStateException("The prod profile refuses to start while accounts keep the demo password: "
          + open + ". Delete them or give them passwords of their own (this database once ran the demo profile).");
    }
  }
}
