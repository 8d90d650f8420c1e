package com.complaintdesk.identity;

import java.util.List;
import java.util.Set;

/** The groups of the complaint desk: these ids are used in the BPMN and DMN files and in the role matrix. */
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
  /**
   * everyone a level task may ask a question (production, quality control, ...): Tasklist and the engine API's desk
   * calls; each department's own group (complaints.departments.groups) receives its questions
   */
  public static final String DEPARTMENTS = "departments";
  /** systems that speak for customers: web form, e-mail and chat channels posting complaints and events */
  public static final String CUSTOMER_CHANNEL = "customer-channel";
  /** operations: watch Cockpit, retry jobs, resolve incidents */
  public static final String OPERATIONS = "operations";
  /** analysts: deploy the process models, tables and forms from Camunda Modeler; nothing on complaints */
  public static final String ANALYSTS = "analysts";

  /** Groups that work complaints in Tasklist, with their display names. */
  public static final List<GroupDefinition> WORKING_GROUPS = List.of(
      new GroupDefinition(FRONT_LINE, "Front-line agents (L1)"),
      new GroupDefinition(EXPERTS, "Experts (L2)"),
      new GroupDefinition(EXPERTS_PRODUCT, "Product experts"),
      new GroupDefinition(EXPERTS_BILLING, "Billing experts"),
      new GroupDefinition(EXPERTS_LOGISTICS, "Logistics experts"),
      new GroupDefinition(EXPERTS_SERVICE, "Service experts"),
      new GroupDefinition(SUPERVISORS, "Supervisors and managers (L3)"),
      new GroupDefinition(EXECUTIVE_OFFICE, "Executive office (L4)"),
      new GroupDefinition(QUALITY_TEAM, "Quality team"),
      new GroupDefinition(DEPARTMENTS, "Departments the desk consults"));

  /** Groups that are not in Tasklist. */
  public static final List<GroupDefinition> SYSTEM_GROUPS = List.of(
      new GroupDefinition(CUSTOMER_CHANNEL, "Customer channels (integrations)"),
      new GroupDefinition(OPERATIONS, "Operations"),
      new GroupDefinition(ANALYSTS, "Analysts (models and tables)"));

  /** Every group the desk creates at each start (GroupAuthorizationSeeder). */
  public static final Set<String> ALL = Set.copyOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(ADMIN),
      java.util.stream.Stream.concat(WORKING_GROUPS.stream(), SYSTEM_GROUPS.stream()).map(GroupDefinition::id))
      .toList());

  /** Groups that work complaints in Tasklist. */
  public static final List<String> WORKING = WORKING_GROUPS.stream().map(GroupDefinition::id).toList();

  /** Groups whose members resolve complaints at a level: every working group but the quality team and departments. */
  public static final List<String> RESOLVING = WORKING.stream()
      .filter(group -> !group.equals(QUALITY_TEAM) && !group.equals(DEPARTMENTS)).toList();

  /** Groups that read every complaint; the others read the complaints their groups hold or held. */
  public static final Set<String> READ_ALL = Set.of(ADMIN, SUPERVISORS, QUALITY_TEAM, OPERATIONS);

  private DeskGroups() {}

  public record GroupDefinition(String id, String name) {}
}
