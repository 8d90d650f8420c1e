package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Tier;
import com.complaintdesk.resolution.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The models keep their words as strings (analysts type them in Modeler); every one of them is a constant of the
 * enum the code reads it with, so that a typo in a gateway condition or a table cell fails here, not in a complaint.
 */
class ModelVocabularyTest {

  /** the variables and table columns that hold a word of the desk's vocabulary, and the enum of that word */
  static final Map<String, Class<? extends Enum<?>>> VOCABULARY = Map.of(
      "escalationReason", EscalationReason.class,
      "outcome", Outcome.class,
      "category", Category.class,
      "issueType", Category.class,
      "channel", Channel.class,
      "severity", Severity.class,
      "priority", Priority.class,
      "customerTier", Tier.class);

  /** {@code outcome == 'RESOLVED'} and {@code execution.setVariable('escalationReason', 'DEADLINE_PASSED')} */
  static final Pattern COMPARED = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");
  static final Pattern SET = Pattern.compile("setVariable\\(\\s*'(\\w+)'\\s*,\\s*'([^']*)'\\s*\\)");
  static final Pattern ANY_WORD = Pattern.compile("'([A-Z][A-Z0-9_]*)'");
  static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  @Test
  void everyWordInTheProcessModelsIsAConstantOfItsEnum() throws IOException {
    List<String> unknown = new ArrayList<>();
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      List<String> expressions = new ArrayList<>();
      model.getModelElementsByType(ConditionExpression.class).forEach(c -> expressions.add(c.getTextContent()));
      model.getModelElementsByType(CamundaExecutionListener.class).forEach(l -> expressions.add(l.getCamundaExpression()));
      model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> expressions.add(l.getCamundaExpression()));
      for (String expression : expressions) {
        if (expression == null) {
          continue;
        }
        int words = count(ANY_WORD.matcher(expression));
        int checked = check(file, expression, COMPARED.matcher(expression), unknown)
            + check(file, expression, SET.matcher(expression), unknown);
        if (checked < words) {
          unknown.add(file.getFileName() + ": " + expression + " uses a word of no known variable");
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyWordInTheTablesIsAConstantOfItsEnum() throws IOException {
    List<String> unknown = new ArrayList<>();
    int cells = 0;
    for (Path file : files(".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
        List<String> inputs = table.getInputs().stream().map(i -> i.getInputExpression().getText().getTextContent().strip())
            .toList();
        List<String> outputs = table.getOutputs().stream().map(o -> o.getName()).toList();
        for (Rule rule : table.getRules()) {
          var entries = new ArrayList<>(rule.getInputEntries());
          for (int i = 0; i < entries.size(); i++) {
            cells += check(file, inputs.get(i), entries.get(i).getTextContent(), unknown);
          }
          var results = new ArrayList<>(rule.getOutputEntries());
          for (int i = 0; i < results.size(); i++) {
            cells += check(file, outputs.get(i), results.get(i).getTextContent(), unknown);
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
    assertThat(cells).as("cells checked").isGreaterThan(20);
  }

  private static int check(Path file, String expression, Matcher pairs, List<String> unknown) {
    int checked = 0;
    while (pairs.find()) {
      checked++;
      Class<? extends Enum<?>> vocabulary = VOCABULARY.get(pairs.group(1));
      if (vocabulary == null) {
        unknown.add(file.getFileName() + ": " + expression + " compares " + pairs.group(1) + ", no known variable");
      } else if (!names(vocabulary).contains(pairs.group(2))) {
        unknown.add(file.getFileName() + ": '" + pairs.group(2) + "' is no " + vocabulary.getSimpleName() + " "
            + names(vocabulary));
      }
    }
    return checked;
  }

  /** The quoted words of a table cell in a column of the vocabulary; the number of words checked. */
  private static int check(Path file, String column, String cell, List<String> unknown) {
    Class<? extends Enum<?>> vocabulary = VOCABULARY.get(column);
    if (vocabulary == null) {
      return 0;
    }
    int checked = 0;
    Matcher words = QUOTED.matcher(cell);
    while (words.find()) {
      checked++;
      if (!names(vocabulary).contains(words.group(1))) {
        unknown.add(file.getFileName() + ": " + column + " \"" + words.group(1) + "\" is no "
            + vocabulary.getSimpleName() + " " + names(vocabulary));
      }
    }
    return checked;
  }

  private static List<String> names(Class<? extends Enum<?>> vocabulary) {
    return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
  }

  private static int count(Matcher matcher) {
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
