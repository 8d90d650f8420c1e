package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.identity.DeskGroups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticApplicationContext;

/** What is in processes/ and forms/ passes the deployment check, and every file carries a version tag. */
class ReleaseFilesTest {

  /**
   * What the release's files may rely on when checked in the build: the desk's groups, the forms beside them,
   * the application's beans (the check proper of beans runs against the context in the Modeler tests).
   */
  static final ProcessChecks.Lookups RELEASE = new ProcessChecks.Lookups() {
    public boolean groupExists(String group) {
      return DeskGroups.ALL.contains(group);
    }

    public boolean formDeployed(String form) {
      return false;
    }

    public boolean isApplicationObject(String name) {
      return true;
    }

    public boolean isModelBean(String name) {
      return true;
    }
  };

  static final Set<String> MODEL_BEANS = Set.of("acknowledgeComplaint", "complaintSettings", "enterLevel");

  @Test
  void everyModelTableAndFormCarriesAVersionTag() throws IOException {
    for (Path file : releaseFiles()) {
      assertThat(ModelKey.of(file.toString(), Files.readAllBytes(file))).as(file.toString())
          .hasValueSatisfying(key -> assertThat(key.versionTag()).as(file + " version tag").isNotBlank());
    }
  }

  @Test
  void theReleasePassesTheDeploymentCheck() throws IOException {
    Map<String, ResourceEntity> resources = releaseFiles().stream().collect(Collectors.toMap(Path::toString, file -> {
      ResourceEntity resource = new ResourceEntity();
      resource.setName(file.toString());
      try {
        resource.setBytes(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return resource;
    }));
    List<Violation> violations = new DeploymentCheck(new StaticApplicationContext()).violations(null, resources,
        RELEASE, true);
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${levelDueAt}", "${outcome == 'RESOLVED'}", "${surveyScore <= 2}", "${!recurring}",
      "${execution.setVariable('escalationReason', 'DEADLINE_PASSED')}", "#{execution.processBusinessKey}",
      "${complaintSettings.followUpDueDate}", "${acknowledgeComplaint}", "${level > 2 ? 'x' : 'y'}"})
  void theModelsOwnExpressionsAreAllowed(String expression) {
    assertThat(rules().problem(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${execution.processEngineServices.identityService}", "${execution.processEngine}",
      "${identityService.createMembership('anna', 'camunda-admin')}", "${''.getClass().forName('x')}",
      "${runtimeService}", "${execution.getVariable('x').getClass()}", "${task.execution}", "${x['class']}",
      "${fn:toUpperCase(x)}", "${complaintSettings.class}", "${execution.setVariable('a', execution.processEngine)}"})
  void expressionsThatReachBeyondTheModelAreRefused(String expression) {
    assertThat(rules().problem(expression)).as(expression).isPresent();
  }

  @Test
  void aLaterVersionTagIsLaterNumerically() {
    assertThat(ModelKey.later("1.10.0", "1.9.2")).isTrue();
    assertThat(ModelKey.later("1.0.0", "1.0.0")).isFalse();
    assertThat(ModelKey.later("1.0.0", null)).isTrue();
    assertThat(ModelKey.later(null, "1.0.0")).isFalse();
  }

  static ExpressionRules rules() {
    Set<String> applicationObjects = Set.of("identityService", "runtimeService", "acknowledgeComplaint",
        "complaintSettings", "enterLevel");
    return new ExpressionRules(applicationObjects::contains, MODEL_BEANS::contains);
  }

  static List<Path> releaseFiles() throws IOException {
    try (Stream<Path> processes = Files.list(Path.of("processes")); Stream<Path> forms = Files.list(Path.of("forms"))) {
      return Stream.concat(processes, forms).sorted().toList();
    }
  }
}
