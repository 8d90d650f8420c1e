package com.complaintdesk.policy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.xml.transform.dom.DOMSource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
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
    }
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
        for (String element : contract.elements()) {
          if (model.getModelElementById(element) == null) {
            violations.add(new Violation(file, key, "has no element '" + element
                + "'; the application looks for it (keep the element id)"));
          }
        }
      });
    }
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
