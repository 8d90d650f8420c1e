package com.complaintdesk.policy;

import com.complaintdesk.policy.ModelsProperties.OnStart;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys the release's models, tables and forms at start, file by file against what is deployed now, so
 * that a release never silently undoes an analyst's work (the starter's own auto-deployment is off: it
 * redeploys every file and compares only with its own last deployment):
 * <ul>
 *   <li>a file equal to the latest deployed version of its key is not deployed again;</li>
 *   <li>a file the release changed since its own last deployment of that key supersedes it;</li>
 *   <li>if the latest version came from elsewhere (Camunda Modeler), it stays unless the release's file is
 *       later by version tag, or {@code complaints.models.on-start=release-wins}; either way one WARN per key
 *       names both versions and where each came from.</li>
 * </ul>
 * Nodes starting together on one database take turns (the engine's deployment lock), so a file is deployed
 * once. The deployment goes through the same checks as any other (DeploymentCheck).
 */
@Component
public class ReleaseModels extends AbstractProcessEnginePlugin {

  public static final String SOURCE = "Complaint Desk release";
  public static final String DEPLOYMENT_NAME = "complaint-desk-release";
  /** what the starter's auto-deployment named the deployments of releases before this one */
  static final String STARTER_DEPLOYMENT_NAME = "SpringAutoDeployment";
  private static final Logger LOG = LoggerFactory.getLogger(ReleaseModels.class);

  private final ModelsProperties properties;

  public ReleaseModels(ModelsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    deploy(engine, ReleaseResource.find(properties.locations()), properties.onStart());
  }

  /** Deploys what of the release is new or changed; the deployment, if one was needed. */
  public Optional<Deployment> deploy(ProcessEngine engine, List<ReleaseResource> release, OnStart onStart) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.getPropertyManager().acquireExclusiveLock();
      DeployedModels deployed = new DeployedModels(engine);
      List<ReleaseResource> changed = new ArrayList<>();
      for (ReleaseResource resource : release) {
        if (shouldDeploy(deployed.state(resource), deployed, onStart)) {
          changed.add(resource);
        }
      }
      if (changed.isEmpty()) {
        LOG.info("The release's {} models, tables and forms are deployed already", release.size());
        return Optional.empty();
      }
      DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME).source(SOURCE);
      changed.forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.bytes())));
      Deployment deployment;
      DeploymentCheck.RELEASE_TABLES_CHECKED_BY_BUILD.set(true);
      try {
        deployment = builder.deploy();
      } finally {
        DeploymentCheck.RELEASE_TABLES_CHECKED_BY_BUILD.remove();
      }
      LOG.info("Deployed {} of the release's files: {}", changed.size(), changed.stream().map(ReleaseResource::name)
          .toList());
      return Optional.of(deployment);
    });
  }

  private boolean shouldDeploy(ReleaseFile file, DeployedModels deployed, OnStart onStart) {
    if (file.latest().isEmpty()) {
      return true;
    }
    DeployedVersion current = file.latest().get();
    if (file.unchanged()) {
      return false;
    }
    if (current.fromRelease()) {
      return true;
    }
    String tag = file.key().orElseThrow().versionTag();
    String release = "the release's " + file.resource().name() + (tag == null ? "" : " (version tag " + tag + ")");
    if (onStart == OnStart.RELEASE_WINS) {
      LOG.warn("{} supersedes {} (complaints.models.on-start=release-wins)", capitalised(release),
          deployed.describe(current));
      return true;
    }
    if (!deployed.releasedBefore(file.resource()) && ModelKey.later(tag, current.versionTag())) {
      LOG.warn("{} supersedes {}: its version tag is later", capitalised(release), deployed.describe(current));
      return true;
    }
    LOG.warn("Kept {}: it is newer than {}, which differs from it and was not deployed"
        + " (set complaints.models.on-start=release-wins to deploy the release's version)", deployed.describe(current),
        release);
    return false;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
