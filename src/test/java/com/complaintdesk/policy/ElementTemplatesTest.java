package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.complaintdesk.identity.DeskGroups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The element templates analysts load in Modeler name the application's delegates and the inputs they read. */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of(".camunda/element-templates");
  /** variables the processes carry themselves; a template never sets them */
  static final Set<String> CASE_VARIABLES = Set.of("complaintId", "currentLevel", "levelGroup", "levelDueAt",
      "levelRemindAt", "decisionId", "followUpId", "escalationReason", "outcome", "informSupervisor", "expertGroup",
      "levelTimeLeftMillis");
  static final Map<String, Object> SAMPLES = Map.of("complaintId", "CMP-20261201-0001", "currentLevel", 2,
      "level", 2, "levelGroup", "front-line", "levelDueAt", new Date(), "decisionId", 7L, "followUpId", 7L,
      "overdue", true, "reviewReason", "RECURRING_PROBLEM", "closeReason", "SATISFIED");
  static Map<String, Class<?>> beans = new HashMap<>();

  @BeforeAll
  static void findBeans() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
    scan.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition bean : scan.findCandidateComponents("com.complaintdesk")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      Component component = type.getAnnotation(Component.class);
      if (component != null && !component.value().isEmpty()) {
        beans.put(component.value(), type);
      }
    }
  }

  static Stream<Path> templates() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void thereIsATemplateForEveryDelegateAnAnalystPlaces() throws IOException {
    List<String> delegates = new ArrayList<>();
    for (Path file : templates().toList()) {
      for (JsonNode template : new ObjectMapper().readTree(file.toFile())) {
        property(template, "camunda:delegateExpression").ifPresent(d -> delegates.add(d.get("value").asText()));
      }
    }
    assertThat(delegates).contains("${acknowledgeComplaint}", "${investigateComplaint}", "${communicateResolution}",
        "${enterLevel}", "${sendSatisfactionSurvey}");
    assertThat(templates().map(f -> f.getFileName().toString())).contains("resolve-within-policy.json");
  }

  @ParameterizedTest
  @MethodSource("templates")
  void aServiceTemplatesBeanExistsAndReadsExactlyItsInputs(Path file) throws Exception {
    for (JsonNode template : new ObjectMapper().readTree(file.toFile())) {
      assertThat(template.get("$schema").asText()).contains("element-templates-json-schema");
      assertThat(template.get("id").asText()).startsWith("com.complaintdesk.");
      if (!template.get("appliesTo").toString().contains("bpmn:ServiceTask")) {
        continue;
      }
      String expression = property(template, "camunda:delegateExpression").orElseThrow().get("value").asText();
      String bean = expression.substring(2, expression.length() - 1);
      assertThat(beans).as(file + ": bean " + bean).containsKey(bean);
      assertThat(JavaDelegate.class).as(bean + " is a delegate").isAssignableFrom(beans.get(bean));
      assertThat(property(template, "camunda:asyncBefore").isPresent()).as(file + " asynchronous")
          .isEqualTo(ModelContract.OUTSIDE_WORLD_BEANS.contains(bean));

      Set<String> inputs = new LinkedHashSet<>();
      template.get("properties").forEach(p -> {
        if ("camunda:inputParameter".equals(p.at("/binding/type").asText())) {
          inputs.add(p.at("/binding/name").asText());
        }
      });
      Set<String> read = variablesRead((JavaDelegate) instance(beans.get(bean)));
      assertThat(read).as(file + ": " + bean + " reads every input its template sets").containsAll(inputs);
      assertThat(read).as(file + ": whatever else " + bean + " reads, the process carries")
          .allMatch(name -> inputs.contains(name) || CASE_VARIABLES.contains(name));
    }
  }

  @Test
  void theOffersTemplateOffersTheLevelFormsAndADeskGroup() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATES.resolve("resolve-within-policy.json").toFile()).get(0);
    List<String> forms = new ArrayList<>();
    property(template, "camunda:formRef").orElseThrow().get("choices").forEach(c -> forms.add(c.get("value").asText()));
    for (String form : forms) {
      assertThat(Path.of("forms", form + ".form")).exists();
    }
    assertThat(DeskGroups.ALL).contains(property(template, "camunda:candidateGroups").orElseThrow().get("value").asText());
    assertThat(property(template, "camunda:dueDate").orElseThrow().get("value").asText())
        .isEqualTo(ModelContract.LEVEL_DEADLINE);
  }

  /** Runs the delegate against a mocked execution and collects the variable names it asks for. */
  private static Set<String> variablesRead(JavaDelegate delegate) {
    Set<String> read = new LinkedHashSet<>();
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(Mockito.anyString())).thenAnswer(call -> {
      String name = call.getArgument(0);
      read.add(name);
      return SAMPLES.get(name);
    });
    try {
      delegate.execute(execution);
    } catch (Exception | Error stopsAtAMockedAnswer) {
      // the services are mocks: what the delegate reads before it needs their answers is what counts
    }
    return read;
  }

  private static Object instance(Class<?> type) throws Exception {
    Constructor<?> constructor = type.getConstructors()[0];
    Object[] arguments = new Object[constructor.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = mock(constructor.getParameterTypes()[i], new EmptyOrMock());
    }
    return constructor.newInstance(arguments);
  }

  /** Empty collections and Optionals, zeros, and mocks of interfaces (query builders), so lookups go on. */
  private static final class EmptyOrMock implements Answer<Object> {
    public Object answer(InvocationOnMock call) throws Throwable {
      Object empty = Mockito.RETURNS_DEFAULTS.answer(call);
      Class<?> type = call.getMethod().getReturnType();
      return empty != null || !type.isInterface() ? empty : mock(type, this);
    }
  }

  private static java.util.Optional<JsonNode> property(JsonNode template, String name) {
    for (JsonNode property : template.get("properties")) {
      if ("property".equals(property.at("/binding/type").asText()) && name.equals(property.at("/binding/name").asText())) {
        return java.util.Optional.of(property);
      }
    }
    return java.util.Optional.empty();
  }
}
