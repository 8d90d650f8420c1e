package com.complaintdesk.policy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.xml.transform.dom.DOMSource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A BPMN model checked before it takes effect: every user task can be worked (a name, a form that exists,
 * a candidate group that exists), the keys, messages and elements the code relies on are there, and no
 * expression or script runs more than the model's own logic.
 */
final class ProcessChecks {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> FORBIDDEN_CAMUNDA_ELEMENTS = Set.of("script", "connector");
  private static final Set<String> FORBIDDEN_CAMUNDA_ATTRIBUTES = Set.of("class", "resource");

  /** What the checks look up outside the file. */
  interface Lookups {
    boolean groupExists(String groupId);

    boolean formDeployed(String formId);

    boolean isApplicationObject(String name);

    boolean isModelBean(String name);
  }

  private final Lookups lookups;
  private final ExpressionRules expressions;

  ProcessChecks(Lookups lookups) {
    this.lookups = lookups;
    this.expressions = new ExpressionRules(lookups::isApplicationObject, lookups::isModelBean);
  }

  List<Violation> check(String file, byte[] xml, Set<String> formsInDeployment) {
    List<Violation> violations = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      return List.of(new Violation(file, null, "is not a BPMN model Camunda can read: " + e.getMessage()));
    }
    contract(file, model, violations);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      userTask(file, task, formsInDeployment, violations);
      levelDeadlines(file, model, task, violations);
    }
    outsideWorld(file, model, violations);
    walk(file, ((DOMSource) model.getDocument().getDomSource()).getNode(), violations);
    return violations;
  }

  private void contract(String file, BpmnModelInstance model, List<Violation> violations) {
    Set<String> keys = model.getModelElementsByType(Process.class).stream().map(Process::getId)
        .collect(Collectors.toSet());
    String named = baseName(file);
    ModelContract.process(named).filter(p -> !keys.contains(p.key())).ifPresent(p -> violations.add(
        new Violation(file, null, "defines no process '" + p.key() + "'; the application starts and finds it by"
            + " this key (keep the process id)")));
    Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
        .collect(Collectors.toSet());
    for (String key : keys) {
      ModelContract.process(key).ifPresent(contract -> {
        for (String message : contract.messages()) {
          if (!messages.contains(message)) {
            violations.add(new Violation(file, key, "has no message named '" + message
                + "'; the application sends it (keep the message name)"));
          }
        }
        Set<String> decisions = decisionRefs(model);
        for (String decision : contract.decisions()) {
          if (!decisions.contains(decision)) {
            violations.add(new Violation(file, key, "names no decision '" + decision + "': set camunda:decisionRef=\""
                + decision + "\" on the business rule task that evaluates it, or a camunda:property decisionRef=\""
                + decision + "\" on the element that does"));
          }
        }
        for (String element : contract.elements()) {
          if (model.getModelElementById(element) == null) {
            violations.add(new Violation(file, key, "has no element '" + element
                + "'; the application looks for it (keep the element id)"));
          }
        }
      });
    }
  }

  /** The tables a model names: business rule tasks' decisionRef and camunda:property decisionRef. */
  private static Set<String> decisionRefs(BpmnModelInstance model) {
    Set<String> refs = new HashSet<>();
    model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef)
        .filter(Objects::nonNull).forEach(refs::add);
    model.getModelElementsByType(CamundaProperty.class).stream().filter(p -> "decisionRef".equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).filter(Objects::nonNull).forEach(refs::add);
    return refs;
  }

  /** An escalation level's task (due at the level deadline) has its deadline and its reminder. */
  private void levelDeadlines(String file, BpmnModelInstance model, UserTask task, List<Violation> violations) {
    if (!ModelContract.LEVEL_DEADLINE.equals(task.getCamundaDueDate())) {
      return;
    }
    boolean lastLevel = ModelContract.LAST_LEVEL_TASKS.contains(task.getId());
    boolean deadline = false;
    boolean reminder = false;
    for (ModelElementInstance scope = task; scope instanceof Activity activity; scope = scope.getParentElement()) {
      for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
        if (boundary.getAttachedTo() != activity) {
          continue;
        }
        for (TimerEventDefinition timer : boundary.getChildElementsByType(TimerEventDefinition.class)) {
          String when = timerExpression(timer);
          deadline |= ModelContract.LEVEL_DEADLINE.equals(when) && (boundary.cancelActivity() || lastLevel);
          reminder |= ModelContract.LEVEL_REMINDER.equals(when) && !boundary.cancelActivity();
        }
      }
    }
    if (!deadline) {
      violations.add(new Violation(file, task.getId(), "escalation level task has no " + (lastLevel ? "" : "interrupting ")
          + "timer at its deadline " + ModelContract.LEVEL_DEADLINE + " on itself or its level subprocess; the"
          + " complaint would never move up"));
    }
    if (!reminder) {
      violations.add(new Violation(file, task.getId(), "escalation level task has no non-interrupting timer at its"
          + " reminder " + ModelContract.LEVEL_REMINDER + " on itself or its level subprocess; nobody would be"
          + " reminded before the deadline"));
    }
  }

  private static String timerExpression(TimerEventDefinition timer) {
    for (var when : List.of(Optional.ofNullable(timer.getTimeDate()), Optional.ofNullable(timer.getTimeDuration()),
        Optional.ofNullable(timer.getTimeCycle()))) {
      if (when.isPresent() && when.get().getTextContent() != null) {
        return when.get().getTextContent().strip();
      }
    }
    return null;
  }

  /** A step that reaches the outside world runs after a commit, with retries, so a failure is retried, not lost. */
  private void outsideWorld(String file, BpmnModelInstance model, List<Violation> violations) {
    for (Task task : model.getModelElementsByType(Task.class)) {
      String bean = bean(task.getAttributeValueNs(CAMUNDA_NS, "delegateExpression"));
      if (bean == null || !ModelContract.OUTSIDE_WORLD_BEANS.contains(bean)) {
        continue;
      }
      boolean retries = task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
          .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
          .anyMatch(cycle -> cycle.getTextContent() != null && !cycle.getTextContent().isBlank());
      if (!task.isCamundaAsyncBefore() || !retries) {
        violations.add(new Violation(file, task.getId(), "'" + bean + "' reaches the outside world: mark the task"
            + " asynchronous before (camunda:asyncBefore) with a retry cycle (camunda:failedJobRetryTimeCycle),"
            + " so a failure is retried and then shown as an incident"));
      }
    }
  }

  private static String bean(String expression) {
    if (expression == null || !expression.strip().matches("\\$\\{[A-Za-z_][\\w]*}")) {
      return null;
    }
    String name = expression.strip();
    return name.substring(2, name.length() - 1);
  }

  private void userTask(String file, UserTask task, Set<String> formsInDeployment, List<Violation> violations) {
    String id = task.getId();
    if (task.getName() == null || task.getName().isBlank()) {
      violations.add(new Violation(file, id, "user task has no name; Tasklist shows it"));
    }
    String form = task.getCamundaFormRef();
    if (form == null || form.isBlank()) {
      violations.add(new Violation(file, id, "user task has no form (camunda:formRef); agents could not complete it"));
    } else if (!ExpressionRules.containsExpression(form) && !formsInDeployment.contains(form)
        && !lookups.formDeployed(form)) {
      violations.add(new Violation(file, id, "form '" + form + "' is neither in this deployment nor deployed"));
    }
    String groups = task.getCamundaCandidateGroups();
    if (groups == null || groups.isBlank()) {
      violations.add(new Violation(file, id, "user task has no candidate group; nobody could claim it"));
    } else if (!ExpressionRules.containsExpression(groups)) {
      for (String group : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList()) {
        if (!lookups.groupExists(group)) {
          violations.add(new Violation(file, id, "candidate group '" + group + "' does not exist; nobody could"
              + " claim the task"));
        }
      }
    }
  }

  private void walk(String file, Node node, List<Violation> violations) {
    if (node instanceof Element element) {
      String where = element.hasAttribute("id") ? element.getAttribute("id") : element.getLocalName();
      if ("scriptTask".equals(element.getLocalName()) || CAMUNDA_NS.equals(element.getNamespaceURI())
          && FORBIDDEN_CAMUNDA_ELEMENTS.contains(element.getLocalName())) {
        violations.add(new Violation(file, where, "scripts and connectors are not allowed; use a delegate of the"
            + " application (camunda:delegateExpression)"));
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        if (attribute.getNamespaceURI() == null && "language".equals(attribute.getLocalName())
            && !attribute.getNodeValue().isBlank()) {
          violations.add(new Violation(file, where, "a condition in a script language ('" + attribute.getNodeValue()
              + "') is not allowed; write it as an expression (${outcome == 'RESOLVED'})"));
        } else if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
            && FORBIDDEN_CAMUNDA_ATTRIBUTES.contains(attribute.getLocalName())) {
          violations.add(new Violation(file, where, "camunda:" + attribute.getLocalName() + " is not allowed; use a"
              + " delegate of the application (camunda:delegateExpression)"));
        } else if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
            && "delegateExpression".equals(attribute.getLocalName())) {
          delegate(file, where, attribute.getNodeValue()).ifPresent(violations::add);
        }
        expressions.problem(attribute.getNodeValue()).ifPresent(p -> violations.add(new Violation(file, where, p)));
      }
    } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      Node parent = node.getParentNode();
      String where = parent instanceof Element e && e.hasAttribute("id") ? e.getAttribute("id")
          : parent instanceof Element e2 && e2.getParentNode() instanceof Element p2 && p2.hasAttribute("id")
              ? p2.getAttribute("id") : String.valueOf(parent == null ? null : parent.getLocalName());
      expressions.problem(node.getNodeValue()).ifPresent(p -> violations.add(new Violation(file, where, p)));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      walk(file, child, violations);
    }
  }

  private Optional<Violation> delegate(String file, String where, String expression) {
    String name = expression.strip();
    if (name.matches("\\$\\{[A-Za-z_][\\w]*}")) {
      String bean = name.substring(2, name.length() - 1);
      return lookups.isModelBean(bean) ? Optional.empty()
          : Optional.of(new Violation(file, where, "delegate '" + bean + "' is not one of the application's"
              + " delegates"));
    }
    return Optional.empty();
  }

  static String baseName(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
