package com.complaintdesk.policy;

import java.util.ArrayList;
import java.util.Comparator;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  private final JdbcClient jdbc;

  public ModelCatalog(ProcessEngine engine, ModelsProperties properties, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.properties = properties;
  }

  /** One release file and what is deployed for its key now. */
  public record ModelStatus(String file, String key, ModelKey.Kind kind, String releaseVersionTag,
      Integer deployedVersion, String deployedVersionTag, String deployedFrom, String deployedBy, Date deployedAt,
      boolean newerThanRelease) {}

  /** A deployment: when, by whom, from where, and the versions of the keys it deployed. */
  /**
   * A deployment, or a migration of open complaints to a newer version ({@code kind} "migration": no deployment
   * id; the definitions line says from which versions to which and how many complaints moved).
   */
  public record PolicyChange(String kind, String deploymentId, String name, String source, Date deployedAt,
      String deployedBy, List<String> definitions) {}

  /** A deployed file newer than the release, named as in git ({@code processes/escalation-matrix.dmn}). */
  public record ExportedFile(String path, byte[] content) {}

  public List<ModelStatus> models() {
    DeployedModels deployed = new DeployedModels(engine);
    List<ModelStatus> models = new ArrayList<>();
    for (ReleaseFile file : releaseFiles(deployed)) {
      if (file.key().isEmpty()) {
        continue;
      }
      ModelKey key = file.key().get();
      Optional<DeployedVersion> latest = file.latest();
      models.add(new ModelStatus(file.resource().name(), key.key(), key.kind(), key.versionTag(),
          latest.map(DeployedVersion::version).orElse(null), latest.map(DeployedVersion::versionTag).orElse(null),
          latest.map(DeployedVersion::source).orElse(null),
          latest.map(v -> deployed.deployedBy(v.deploymentId())).orElse(null),
          latest.map(DeployedVersion::deployedAt).orElse(null), file.newerThanRelease()));
    }
    return models;
  }

  public List<ExportedFile> newerThanRelease() {
    return releaseFiles(new DeployedModels(engine)).stream().filter(ReleaseFile::newerThanRelease)
        .map(file -> new ExportedFile(file.resource().name(), file.deployed())).toList();
  }

  private List<ReleaseFile> releaseFiles(DeployedModels deployed) {
    return ReleaseResource.find(properties.locations()).stream().map(deployed::state).toList();
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
      changes.add(new PolicyChange("deployment", deployment.getId(), deployment.getName(), deployment.getSource(),
          deployment.getDeploymentTime(), deployed.deployedBy(deployment.getId()), definitions));
    }
    jdbc.sql("SELECT * FROM policy_migration ORDER BY migrated_at DESC, id DESC FETCH FIRST " + CHANGELOG_SIZE
            + " ROWS ONLY").query((rs, row) -> new PolicyChange(
            "migration", null, "Open complaints moved to " + rs.getString("to_version"), null,
            rs.getTimestamp("migrated_at"), rs.getString("migrated_by"),
            List.of(rs.getString("from_versions") + " -> " + rs.getString("to_version") + ": " + rs.getInt("migrated")
                + " moved, " + rs.getInt("refused") + " could not move")))
        .list().forEach(changes::add);
    changes.sort(Comparator.comparing(PolicyChange::deployedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return changes.subList(0, Math.min(CHANGELOG_SIZE, changes.size()));
  }

  private static String tag(String versionTag) {
    return versionTag == null ? "" : " (" + versionTag + ")";
  }
}
