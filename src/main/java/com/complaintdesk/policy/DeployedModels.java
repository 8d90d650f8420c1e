package com.complaintdesk.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.Deployment;

/** What is deployed now for a key: the latest version, its file, and where and by whom it was deployed. */
public class DeployedModels {

  private final ProcessEngine engine;

  public DeployedModels(ProcessEngine engine) {
    this.engine = engine;
  }

  public Optional<DeployedVersion> latest(ModelKey key) {
    return switch (key.kind()) {
      case PROCESS -> Optional.ofNullable(engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(key.key()).latestVersion().singleResult())
          .map(p -> version(p.getKey(), p.getVersion(), p.getVersionTag(), p.getDeploymentId(), p.getResourceName()));
      case DECISION -> Optional.ofNullable(engine.getRepositoryService().createDecisionDefinitionQuery()
              .decisionDefinitionKey(key.key()).latestVersion().singleResult())
          .map(d -> version(d.getKey(), d.getVersion(), d.getVersionTag(), d.getDeploymentId(), d.getResourceName()));
      case FORM -> Optional.ofNullable(latestForm(key.key()))
          .map(f -> version(f.getKey(), f.getVersion(), null, f.getDeploymentId(), f.getResourceName()));
    };
  }

  /** A release file beside the latest deployed version of its key. */
  ReleaseFile state(ReleaseResource resource) {
    Optional<ModelKey> key = ModelKey.of(resource.name(), resource.bytes());
    Optional<DeployedVersion> latest = key.flatMap(this::latest);
    return new ReleaseFile(resource, key, latest, latest.map(this::bytes).orElse(null));
  }

  public byte[] bytes(DeployedVersion version) {
    return bytes(version.deploymentId(), version.resourceName());
  }

  /** Whether a release deployed this very file before: then what is deployed now came after it. */
  boolean releasedBefore(ReleaseResource resource) {
    for (Deployment earlier : engine.getRepositoryService().createDeploymentQuery().list()) {
      if (isRelease(earlier)
          && engine.getRepositoryService().getDeploymentResourceNames(earlier.getId()).contains(resource.name())
          && Arrays.equals(bytes(earlier.getId(), resource.name()), resource.bytes())) {
        return true;
      }
    }
    return false;
  }

  /** How a version is named in the log: version, tag, source, who and when, file. */
  String describe(DeployedVersion version) {
    String by = deployedBy(version.deploymentId());
    return version.key() + " v" + version.version() + (version.versionTag() == null ? ""
        : " (version tag " + version.versionTag() + ")") + ", deployed "
        + (version.source() == null ? "" : "from " + version.source() + " ") + (by == null ? "" : "by " + by + " ")
        + "on " + version.deployedAt().toInstant() + " as " + version.resourceName();
  }

  private byte[] bytes(String deploymentId, String resourceName) {
    try (InputStream in = engine.getRepositoryService().getResourceAsStream(deploymentId, resourceName)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Who deployed it: the user operation log's entry of the deployment (none for the release at start). */
  public String deployedBy(String deploymentId) {
    UserOperationLogEntry entry = engine.getHistoryService().createUserOperationLogQuery().deploymentId(deploymentId)
        .entityType(EntityTypes.DEPLOYMENT).operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list()
        .stream().findFirst().orElse(null);
    return entry == null ? null : entry.getUserId();
  }

  /** Deployed by a release at start: by ReleaseModels, or by the starter's auto-deployment of earlier releases. */
  static boolean isRelease(Deployment deployment) {
    return ReleaseModels.SOURCE.equals(deployment.getSource())
        || ReleaseModels.STARTER_DEPLOYMENT_NAME.equals(deployment.getName());
  }

  private DeployedVersion version(String key, int version, String versionTag, String deploymentId,
      String resourceName) {
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentId)
        .singleResult();
    return new DeployedVersion(key, version, versionTag, deploymentId, resourceName, deployment.getSource(),
        deployment.getDeploymentTime(), isRelease(deployment));
  }

  private CamundaFormDefinitionEntity latestForm(String key) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
  }
}
