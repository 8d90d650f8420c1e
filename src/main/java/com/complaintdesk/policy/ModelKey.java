package com.complaintdesk.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/** Which definition a file deploys (its key), and the version tag the file gives it. */
public record ModelKey(Kind kind, String key, String versionTag) {

  public enum Kind { PROCESS, DECISION, FORM }

  private static final ObjectMapper JSON = new ObjectMapper();

  static Optional<ModelKey> of(String name, byte[] bytes) {
    try {
      if (name.endsWith(".bpmn")) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable).findFirst()
            .map(p -> new ModelKey(Kind.PROCESS, p.getId(), p.getCamundaVersionTag()));
      }
      if (name.endsWith(".dmn")) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Decision.class).stream()
            .findFirst().map(d -> new ModelKey(Kind.DECISION, d.getId(), d.getVersionTag()));
      }
      if (name.endsWith(".form")) {
        JsonNode form = JSON.readTree(bytes);
        return Optional.of(new ModelKey(Kind.FORM, form.path("id").asText(), form.path("versionTag").asText(null)));
      }
    } catch (RuntimeException | IOException unreadable) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether version tag {@code a} is later than {@code b}: 1.10.0 after 1.9.2; no tag is the earliest. */
  static boolean later(String a, String b) {
    if (a == null || a.isBlank()) {
      return false;
    }
    if (b == null || b.isBlank()) {
      return true;
    }
    String[] x = a.split("\\D+");
    String[] y = b.split("\\D+");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i]) : 0;
      long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return p > q;
      }
    }
    return false;
  }
}
