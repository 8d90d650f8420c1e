package com.complaintdesk.identity;

import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeding runs on every node at every start: create what is missing, and treat losing a race
 * against another node creating the same thing as success.
 */
public final class IdempotentIdentity {

  private static final Logger LOG = LoggerFactory.getLogger(IdempotentIdentity.class);

  private IdempotentIdentity() {}

  public static void ensure(String what, BooleanSupplier exists, Runnable create) {
    if (exists.getAsBoolean()) {
      return;
    }
    try {
      create.run();
      LOG.info("Created {}", what);
    } catch (ProcessEngineException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
      LOG.info("{} was created concurrently by another node", what);
    }
  }

  /** Grants a group a permission on a resource, adding it to the group's existing grant there if any. */
  public static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission permission) {
    ensure("grant " + permission.getName() + " on " + resource.resourceName() + " " + resourceId + " to " + groupId,
        () -> authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
            .resourceId(resourceId).hasPermission(permission).count() > 0,
        () -> {
          Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
              .resourceType(resource).resourceId(resourceId).singleResult();
          Authorization authorization = existing != null ? existing
              : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          authorization.setGroupId(groupId);
          authorization.setResource(resource);
          authorization.setResourceId(resourceId);
          authorization.addPermission(permission);
          authorizations.saveAuthorization(authorization);
        });
  }
}
