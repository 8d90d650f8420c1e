package com.complaintdesk.policy;

import com.complaintdesk.identity.DeskGroups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every deployment, from Camunda Modeler, the REST API or the release at start, is checked before it takes
 * effect: in the deployment's own transaction, ahead of the engine's deployers, so that a refused deployment
 * leaves nothing behind. It is refused as a whole with a message that names each file, element and broken
 * rule. Models are also limited in what their expressions can reach ({@link ModelBeans}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeploymentCheck extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentCheck.class);
  /**
   * Set while the release deploys its own files at start (ReleaseModels): their tables passed the same table
   * checks in the build (ReleaseFilesTest), which ask each table every question the code can ask and take
   * seconds; everything else is checked again, as for any deployment.
   */
  static final ThreadLocal<Boolean> RELEASE_TABLES_CHECKED_BY_BUILD = ThreadLocal.withInitial(() -> false);

  private final ModelBeans beans;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  public DeploymentCheck(ApplicationContext context) {
    this.beans = new ModelBeans(context);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, this::check);
    configuration.setCustomPreDeployers(preDeployers);
    List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostDeployers());
    postDeployers.add(DeploymentCheck::logChange);
    configuration.setCustomPostDeployers(postDeployers);
    if (configuration.getExpressionManager() instanceof SpringExpressionManager) {
      configuration.setExpressionManager(new SpringExpressionManager(null, beans));
    }
  }

  void check(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<Violation> violations = violations(deployment.getTenantId(), deployment.getResources(), lookups(),
        !RELEASE_TABLES_CHECKED_BY_BUILD.get());
    if (!violations.isEmpty()) {
      LOG.warn("Refused deployment '{}' (source {}): {}", deployment.getName(), deployment.getSource(), violations);
      throw new DeploymentRefusedException(violations);
    }
  }

  /** The changelog in the log: which deployment, by whom, which versions of which keys (also GET /api/models/changelog). */
  static void logChange(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<String> definitions = new ArrayList<>();
    deployment.getDeployedArtifacts().values().forEach(artifacts -> artifacts.forEach(artifact -> {
      if (artifact instanceof org.camunda.bpm.engine.impl.repository.ResourceDefinitionEntity<?> definition) {
        definitions.add(definition.getKey() + " v" + definition.getVersion());
      }
    }));
    LOG.info("Deployment '{}' ({}) from {} by {}: {}", deployment.getName(), deployment.getId(),
        deployment.getSource() == null ? "the API" : deployment.getSource(),
        Context.getCommandContext().getAuthenticatedUserId() == null ? "the application"
            : Context.getCommandContext().getAuthenticatedUserId(), definitions);
  }

  /** What is wrong with a deployment of these resources; empty if nothing. */
  List<Violation> violations(String tenantId, Map<String, ResourceEntity> resources, ProcessChecks.Lookups lookups,
      boolean askTables) {
    List<Violation> violations = new ArrayList<>();
    if (tenantId != null) {
      violations.add(new Violation("the deployment", null, "has the tenant id '" + tenantId + "', but this desk is"
          + " single-tenant: deploy without a tenant id (leave Modeler's Tenant ID empty)"));
    }
    FormChecks forms = new FormChecks();
    Set<String> formIds = new HashSet<>();
    resources.values().stream().filter(r -> r.getName().endsWith(".form"))
        .forEach(r -> forms.id(r.getBytes()).ifPresent(formIds::add));
    ProcessChecks processes = new ProcessChecks(lookups);
    TableChecks tables = new TableChecks(dmn, lookups::groupExists);
    for (ResourceEntity resource : resources.values()) {
      String name = resource.getName();
      if (name.endsWith(".form")) {
        violations.addAll(forms.check(name, resource.getBytes()));
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        violations.addAll(processes.check(name, resource.getBytes(), formIds));
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        violations.addAll(tables(name, resource.getBytes(), tables, askTables));
      } else {
        violations.add(new Violation(name, null, "only BPMN, DMN and form files are deployed here"));
      }
    }
    return violations;
  }

  private List<Violation> tables(String file, byte[] xml, TableChecks tables, boolean askTables) {
    TableChecks.TableFile read = tables.read(file, xml);
    if (!read.violations().isEmpty()) {
      return read.violations();
    }
    List<Violation> violations = new ArrayList<>();
    List<DmnDecision> decisions = read.decisions();
    String named = ProcessChecks.baseName(file);
    if (ModelContract.table(named).isPresent() && decisions.stream().noneMatch(d -> d.getKey().equals(named))) {
      violations.add(new Violation(file, null, "defines no decision '" + named + "'; the application evaluates it"
          + " by this key (keep the decision id)"));
    }
    for (DmnDecision decision : decisions) {
      if (askTables && ModelContract.table(decision.getKey()).isPresent()) {
        violations.addAll(tables.check(file, decision));
      }
    }
    return violations;
  }

  private ProcessChecks.Lookups lookups() {
    CommandContext commandContext = Context.getCommandContext();
    return new ProcessChecks.Lookups() {
      @Override
      public boolean groupExists(String groupId) {
        return DeskGroups.ALL.contains(groupId) || commandContext.runWithoutAuthorization(
            () -> commandContext.getReadOnlyIdentityProvider().findGroupById(groupId) != null);
      }

      @Override
      public boolean formDeployed(String formId) {
        try {
          return commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
        } catch (ProcessEngineException severalTenants) {
          return true;
        }
      }

      @Override
      public boolean isApplicationObject(String name) {
        return beans.exists(name);
      }

      @Override
      public boolean isModelBean(String name) {
        return beans.allowed(name);
      }
    };
  }
}
