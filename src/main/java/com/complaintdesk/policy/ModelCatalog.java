package com.complaintdesk.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;

/**
 * The analysts' round trip: which release file each deployed model belongs to, which deployed versions are newer
 * than the release (deployed from Modeler and not yet in git), and the changelog of deployments.
 */
@Service
public class ModelCatalog {

  static final int CHANGELOG_SIZE = 100;

  private final ProcessEngine engine;
  private final ModelsProperties properties;

  public ModelCatalog(ProcessEngine engine, ModelsProperties properties) {
    this.engine = engine;
    this.properties = properties;
  }

  /** One release file and what is deployed for its key now. */
  public record ModelStatus(String file, String key, ModelKey.Kind kind, String releaseVersionTag,
      Integer deployedVersion, String deployedVersionTag, String deployedFrom, String deployedBy, Date deployedAt,
      boolean newerThanRelease) {}

  /** A deployment: when, by whom, from where, and the versions of the keys it deployed. */
  public record PolicyChange(String deploymentId, String name, String source, Date deployedAt, String deployedBy,
      List<String> definitions) {}

  /** A deployed file newer than the release, named as in git ({@code processes/escalation-matrix.dmn}). */
  public record ExportedFile(String path, byte[] content) {}

  public List<ModelStatus> models() {
    DeployedModels deployed = new DeployedModels(engine);
    List<ModelStatus> models = new ArrayList<>();
    for (ReleaseResource resource : ReleaseResource.find(properties.locations())) {
      Optional<ModelKey> key = ModelKey.of(resource.name(), resource.bytes());
      if (key.isEmpty()) {
        continue;
      }
      Optional<DeployedVersion> latest = deployed.latest(key.get());
      models.add(new ModelStatus(resource.name(), key.get().key(), key.get().kind(), key.get().versionTag(),
          latest.map(DeployedVersion::version).orElse(null), latest.map(DeployedVersion::versionTag).orElse(null),
          latest.map(DeployedVersion::source).orElse(null), latest.map(DeployedVersion::deployedBy).orElse(null),
          latest.map(DeployedVersion::deployedAt).orElse(null),
          latest.filter(v -> !v.fromRelease() && !Arrays.equals(deployed.bytes(v), resource.bytes())).isPresent()));
    }
    return models;
  }

  public List<ExportedFile> newerThanRelease() {
    DeployedModels deployed = new DeployedModels(engine);
    List<ExportedFile> files = new ArrayList<>();
    for (ReleaseResource resource : ReleaseResource.find(properties.locations())) {
      ModelKey.of(resource.name(), resource.bytes()).flatMap(deployed::latest)
          .filter(v -> !v.fromRelease())
          .map(deployed::bytes)
          .filter(bytes -> !Arrays.equals(bytes, resource.bytes()))
          .ifPresent(bytes -> files.add(new ExportedFile(resource.name(), bytes)));
    }
    return files;
  }

  public List<PolicyChange> changelog() {
    DeployedModels deployed = new DeployedModels(engine);
    var repository = engine.getRepositoryService();
    List<PolicyChange> changes = new ArrayList<>();
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc()
        .listPage(0, CHANGELOG_SIZE)) {
      List<String> definitions = new ArrayList<>();
      repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list().forEach(p -> definitions.add(
          p.getKey() + " v" + p.getVersion() + tag(p.getVersionTag())));
      repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list().forEach(d -> definitions.add(
          d.getKey() + " v" + d.getVersion() + tag(d.getVersionTag())));
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> context.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deployment.getId()))
          .forEach(f -> definitions.add(f.getKey() + " v" + f.getVersion()));
      definitions.sort(Comparator.naturalOrder());
      changes.add(new PolicyChange(deployment.getId(), deployment.getName(), deployment.getSource(),
          deployment.getDeploymentTime(), deployed.deployedBy(deployment.getId()), definitions));
    }
    return changes;
  }

  private static String tag(String versionTag) {
    return versionTag == null ? "" : " (" + versionTag + ")";
  }
}
