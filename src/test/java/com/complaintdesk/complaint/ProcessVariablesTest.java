package com.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The models and forms use only the variables named in {@link ProcessVariables}: a renamed or new variable in
 * a model, or a new input field in a form, fails here until it is named (and, for a form field, captured).
 */
class ProcessVariablesTest {

  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\\w])([a-z][A-Za-z0-9]*)(?![\\w(']|\\s*\\()");
  /** beans and EL keywords, not variables */
  static final Set<String> NOT_VARIABLES = Set.of("execution", "complaintSettings", "true", "false", "null", "and",
      "or", "not", "empty", "eq", "ne", "lt", "gt", "le", "ge");

  static Set<String> named() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  @Test
  void everyVariableTheModelsReadIsNamedOnce() throws Exception {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(model).replace("&#x27;", "'").replace("&gt;", ">").replace("&lt;", "<")
            .replace("&amp;", "&").replaceAll("delegateExpression=\"\\$\\{[^}]*}\"", "");
        Matcher source = Pattern.compile("camunda:in source=\"([^\"]+)\"|inputParameter name=\"([^\"]+)\"").matcher(xml);
        while (source.find()) {
          used.add(source.group(1) != null ? source.group(1) : source.group(2));
        }
        Matcher expression = EXPRESSION.matcher(xml);
        while (expression.find()) {
          String body = expression.group(1).replaceAll("'[^']*'", "''");
          if (body.startsWith("execution.") || body.contains("(")) {
            continue;
          }
          Matcher identifier = IDENTIFIER.matcher(body);
          while (identifier.find()) {
            used.add(identifier.group(1));
          }
        }
      }
    }
    used.removeAll(NOT_VARIABLES);
    assertThat(named()).as("variables the models use").containsAll(used);
  }

  @Test
  void everyInputFieldOfAFormIsCapturedIntoTheAppsTables() throws IOException {
    Set<String> inputs = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collect(json.readTree(form.toFile()).path("components"), inputs);
      }
    }
    inputs.remove(ProcessVariables.OUTCOME);
    assertThat(ProcessVariables.CAPTURED_FORM_FIELDS).containsAll(inputs);
  }

  static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }
}
