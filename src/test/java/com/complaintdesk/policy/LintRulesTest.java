package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.identity.DeskGroups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The desk's lint rules exist twice: as a bpmnlint plugin (lint/, run by CI and usable in Modeler) and in the
 * before-deploy check (ProcessChecks). Both read the same contract and judge the same fixture models alike.
 */
class LintRulesTest {

  static final Path PLUGIN = Path.of("lint/bpmnlint-plugin-complaint-desk");

  @Test
  void thePluginsContractIsTheCodes() throws IOException {
    JsonNode contract = new ObjectMapper().readTree(PLUGIN.resolve("desk-contract.json").toFile());

    assertThat(strings(contract.get("candidateGroups")))
        .isEqualTo(DeskGroups.WORKING_GROUPS.stream().map(DeskGroups.GroupDefinition::id).toList());
    assertThat(contract.at("/levelTimers/deadline").asText()).isEqualTo(ModelContract.LEVEL_DEADLINE);
    assertThat(contract.at("/levelTimers/reminder").asText()).isEqualTo(ModelContract.LEVEL_REMINDER);
    assertThat(strings(contract.get("lastLevelTasks"))).isEqualTo(ModelContract.LAST_LEVEL_TASKS);
    assertThat(strings(contract.get("outsideWorldBeans"))).isEqualTo(ModelContract.OUTSIDE_WORLD_BEANS);
    Map<String, List<List<String>>> processes = new TreeMap<>();
    contract.get("processes").fields().forEachRemaining(p -> processes.put(p.getKey(), List.of(
        strings(p.getValue().get("messages")), strings(p.getValue().get("elements")), strings(p.getValue().get("decisions")))));
    assertThat(processes).isEqualTo(ModelContract.PROCESSES.stream().collect(Collectors.toMap(ModelContract.Process::key,
        p -> List.of(p.messages(), p.elements(), p.decisions()), (a, b) -> a, TreeMap::new)));
  }

  @Test
  void everyOutsideWorldBeanIsOneTheReleaseModelsUse() throws IOException {
    String models = Files.readString(Path.of("processes/complaint-resolution.bpmn"))
        + Files.readString(Path.of("processes/complaint-escalation.bpmn"))
        + Files.readString(Path.of("processes/improvement-review.bpmn"));
    assertThat(ModelContract.OUTSIDE_WORLD_BEANS)
        .allMatch(bean -> models.contains("camunda:delegateExpression=\"${" + bean + "}\""));
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(PLUGIN.resolve("test/fixtures"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theBeforeDeployCheckJudgesTheLintFixturesAlike(Path fixture) throws IOException {
    List<Violation> violations = new ProcessChecks(ReleaseFilesTest.RELEASE)
        .check(fixture.toString(), Files.readAllBytes(fixture), formsInRelease());

    if (fixture.getFileName().toString().startsWith("valid")) {
      assertThat(violations).as(fixture + " passes lint, so it passes the check").isEmpty();
    } else {
      assertThat(violations).as(fixture + " fails lint, so it fails the check").isNotEmpty();
    }
  }

  private static Set<String> formsInRelease() throws IOException {
    FormChecks forms = new FormChecks();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<String> ids = new ArrayList<>();
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        forms.id(Files.readAllBytes(form)).ifPresent(ids::add);
      }
      return Set.copyOf(ids);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
