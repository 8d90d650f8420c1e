package com.complaintdesk.identity;

import static com.complaintdesk.identity.IdempotentIdentity.ensure;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo agents, one per role, password {@code demo}. Never in prod. */
@Component
@Profile("demo")
@Order(3)
public class DemoUserSeeder implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";

  static final List<DemoUser> USERS = List.of(
      new DemoUser("carla", "Carla", "Mendes", List.of(DeskGroups.FRONT_LINE)),
      new DemoUser("ed", "Ed", "Novak", List.of(DeskGroups.EXPERTS, DeskGroups.EXPERTS_PRODUCT)),
      new DemoUser("sam", "Sam", "Turner", List.of(DeskGroups.SUPERVISORS)),
      new DemoUser("erin", "Erin", "Castillo", List.of(DeskGroups.EXECUTIVE_OFFICE)),
      new DemoUser("quinn", "Quinn", "Harper", List.of(DeskGroups.QUALITY_TEAM)),
      // the departments' groups come from complaints.departments.groups (application.yaml)
      new DemoUser("dora", "Dora", "Lindgren", List.of(DeskGroups.DEPARTMENTS, "production", "quality-control")),
      new DemoUser("olga", "Olga", "Petrov", List.of(DeskGroups.OPERATIONS)),
      new DemoUser("anna", "Anna", "Lindqvist", List.of(DeskGroups.ANALYSTS)),
      new DemoUser("webchannel", "Web", "Channel", List.of(DeskGroups.CUSTOMER_CHANNEL)));

  private final IdentityService identityService;

  public DemoUserSeeder(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser demo : USERS) {
      ensure("demo user " + demo.id(), () -> identityService.createUserQuery().userId(demo.id()).count() > 0, () -> {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@complaint-desk.example");
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
      });
      for (String group : demo.groups()) {
        ensure("membership " + demo.id() + " in " + group,
            () -> identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() > 0,
            () -> identityService.createMembership(demo.id(), group));
      }
    }
  }

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}
}
