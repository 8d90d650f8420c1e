package com.complaintdesk.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Camunda Form checked against what 7.24's Tasklist renders. Tasklist bundles form-js 1.8.7 (schema 16),
 * which never reads a form's {@code schemaVersion}: a form saved by today's Modeler (19) renders as long as its
 * components are ones 1.8.7 knows. A component it does not know (a file picker, a document preview) makes the
 * whole form fail to load, and the task could not be completed.
 */
final class FormChecks {

  /** the component types of form-js 1.8.7 (packages/form-js-viewer/src/render/components/form-fields) */
  static final Set<String> TASKLIST_COMPONENTS = Set.of("default", "button", "checkbox", "checklist", "datetime",
      "dynamiclist", "expression", "group", "html", "iframe", "image", "number", "radio", "select", "separator",
      "spacer", "table", "taglist", "text", "textarea", "textfield");

  private final ObjectMapper json = new ObjectMapper();

  /** The form's id, if it has one. */
  Optional<String> id(byte[] form) {
    try {
      JsonNode id = json.readTree(form).path("id");
      return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  List<Violation> check(String file, byte[] form) {
    JsonNode root;
    try {
      root = json.readTree(form);
    } catch (IOException e) {
      return List.of(new Violation(file, null, "is not a form Camunda can read (not JSON)"));
    }
    List<Violation> violations = new ArrayList<>();
    if (root == null || !root.path("id").isTextual() || root.path("id").asText().isBlank()) {
      violations.add(new Violation(file, null, "has no form id; tasks find their form by it (camunda:formRef)"));
      return violations;
    }
    components(file, root, violations);
    return violations;
  }

  private static void components(String file, JsonNode component, List<Violation> violations) {
    String type = component.path("type").asText("");
    if (!TASKLIST_COMPONENTS.contains(type)) {
      violations.add(new Violation(file, component.path("id").asText(component.path("key").asText(type)),
          "component type '" + type + "' is not one Camunda 7.24's Tasklist can show (form-js 1.8.7); the form"
              + " would not load"));
    }
    for (JsonNode child : component.path("components")) {
      components(file, child, violations);
    }
  }
}
