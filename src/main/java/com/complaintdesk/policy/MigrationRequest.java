package com.complaintdesk.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open complaints of older versions of a process moved to its latest version. One step is a filter on process
 * variables ({@code where}, e.g. {@code {"currentLevel": 2}}) and the instructions for elements whose id changed;
 * every element with the same id in both versions is mapped anyway. Steps run in order; a complaint moves with the
 * first step that can move it. {@code fromVersion}: only that version (default every older one). {@code dryRun}:
 * check every complaint and change nothing.
 */
public record MigrationRequest(String process, Integer fromVersion, Map<String, Object> where,
    List<MigrationPlanner.Instruction> instructions, List<Step> steps, Boolean dryRun) {

  public record Step(Map<String, Object> where, List<MigrationPlanner.Instruction> instructions) {

    public Step {
      // copies that keep nulls: MigrationService refuses them with a 400
      where = where == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(where));
      instructions = instructions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(instructions));
    }
  }

  public boolean checkOnly() {
    return Boolean.TRUE.equals(dryRun);
  }

  /** The steps, or one step of the top-level {@code where} and {@code instructions}; not both. */
  public List<Step> effectiveSteps() {
    return steps != null && !steps.isEmpty() ? Collections.unmodifiableList(new ArrayList<>(steps))
        : List.of(new Step(where, instructions));
  }
}
