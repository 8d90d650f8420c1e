package com.complaintdesk.identity;

import java.util.List;

/** The candidate groups of the complaint desk: these ids are used in the BPMN and DMN files. */
public final class DeskGroups {

  public static final String ADMIN = "camunda-admin";
  public static final String FRONT_LINE = "front-line";
  public static final String EXPERTS = "experts";
  public static final String EXPERTS_PRODUCT = "experts-product";
  public static final String EXPERTS_BILLING = "experts-billing";
  public static final String EXPERTS_LOGISTICS = "experts-logistics";
  public static final String EXPERTS_SERVICE = "experts-service";
  public static final String SUPERVISORS = "supervisors";
  public static final String EXECUTIVE_OFFICE = "executive-office";
  public static final String QUALITY_TEAM = "quality-team";

  /** Groups that work complaints, with their display names. */
  public static final List<GroupDefinition> WORKING_GROUPS = List.of(
      new GroupDefinition(FRONT_LINE, "Front-line agents (L1)"),
      new GroupDefinition(EXPERTS, "Experts (L2)"),
      new GroupDefinition(EXPERTS_PRODUCT, "Product experts"),
      new GroupDefinition(EXPERTS_BILLING, "Billing experts"),
      new GroupDefinition(EXPERTS_LOGISTICS, "Logistics experts"),
      new GroupDefinition(EXPERTS_SERVICE, "Service experts"),
      new GroupDefinition(SUPERVISORS, "Supervisors and managers (L3)"),
      new GroupDefinition(EXECUTIVE_OFFICE, "Executive office (L4)"),
      new GroupDefinition(QUALITY_TEAM, "Quality team"));

  public static final String[] API_GROUPS = List.of(ADMIN, FRONT_LINE, EXPERTS, EXPERTS_PRODUCT, EXPERTS_BILLING,
      EXPERTS_LOGISTICS, EXPERTS_SERVICE, SUPERVISORS, EXECUTIVE_OFFICE, QUALITY_TEAM).toArray(String[]::new);

  private DeskGroups() {}

  public record GroupDefinition(String id, String name) {}
}
