package com.complaintdesk.identity;

import static com.complaintdesk.identity.IdempotentIdentity.ensure;

import com.complaintdesk.complaint.EngineKeys;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The desk's groups and what they may do, in every profile. Task visibility itself needs no grant:
 * the engine authorizes a task's candidate group on the task, so each group sees only its own tasks.
 */
@Component
@Order(1)
public class GroupAuthorizationSeeder implements ApplicationRunner {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public GroupAuthorizationSeeder(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroup(DeskGroups.ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    for (Resources resource : Resources.values()) {
      grant(DeskGroups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (DeskGroups.GroupDefinition group : DeskGroups.WORKING_GROUPS) {
      ensureGroup(group.id(), group.name(), Groups.GROUP_TYPE_WORKFLOW);
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      // Tasklist's comments look the task up in history first; the engine API guard limits comments to the
      // tasks one may see (reading) and work (writing), and desk groups may call no other history query
      grant(group.id(), Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    }
    // front-line agents log phone complaints through the start form in Tasklist; the engine API guard lets
    // them start no other way (no start instructions, no skipped listeners)
    grant(DeskGroups.FRONT_LINE, Resources.PROCESS_DEFINITION, EngineKeys.RESOLUTION_PROCESS,
        Permissions.CREATE_INSTANCE);
    grant(DeskGroups.FRONT_LINE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    // leads (supervisors, quality team) read every open task, for Tasklist's "All open complaints"; working
    // on a task still needs its candidate group (the engine API guard's submission check)
    for (String lead : List.of(DeskGroups.SUPERVISORS, DeskGroups.QUALITY_TEAM)) {
      grant(lead, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ_TASK);
    }
    for (DeskGroups.GroupDefinition group : DeskGroups.SYSTEM_GROUPS) {
      ensureGroup(group.id(), group.name(), Groups.GROUP_TYPE_WORKFLOW);
    }
    // operations watch Cockpit: read everything of the processes, retry jobs, resolve incidents; the engine API
    // guard refuses them deletion, modification and deployment
    grant(DeskGroups.OPERATIONS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Permission permission : List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.UPDATE_INSTANCE)) {
      grant(DeskGroups.OPERATIONS, Resources.PROCESS_DEFINITION, Authorization.ANY, permission);
    }
    grant(DeskGroups.OPERATIONS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.OPERATIONS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.OPERATIONS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ_HISTORY);
    grant(DeskGroups.OPERATIONS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.OPERATIONS, Resources.BATCH, Authorization.ANY, Permissions.READ);
    // analysts deploy from Camunda Modeler and read what is deployed; the engine API guard refuses them
    // deleting or redeploying a deployment and everything on instances, tasks, users and authorizations
    grant(DeskGroups.ANALYSTS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE);
    grant(DeskGroups.ANALYSTS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.ANALYSTS, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.ANALYSTS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(DeskGroups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  private void ensureGroup(String id, String name, String type) {
    ensure("group " + id, () -> identityService.createGroupQuery().groupId(id).count() > 0, () -> {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    });
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    IdempotentIdentity.grant(authorizationService, groupId, resource, resourceId, permission);
  }
}
