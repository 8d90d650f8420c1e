package com.complaintdesk.policy;

import com.complaintdesk.complaint.EngineKeys;
import java.io.ByteArrayInputStream;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Tier;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.escalation.Levels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;

/**
 * The tables the code consults, checked by asking them every question the code can ask: every priority and
 * level, every category, tier and order size. Shape only, never values: an analyst's new deadline is fine,
 * a deadline that is not a duration is not.
 */
final class TableChecks {

  static final List<Double> ORDER_VALUES = List.of(0.0, 100.0, 5000.0);
  private static final int MAX_REPORTED = 5;

  private final DmnEngine dmn;
  private final Predicate<String> groupExists;

  TableChecks(DmnEngine dmn, Predicate<String> groupExists) {
    this.dmn = dmn;
    this.groupExists = groupExists;
  }

  /** A DMN file's decisions, or why none can be read (an expression language other than FEEL, not DMN). */
  record TableFile(List<DmnDecision> decisions, List<Violation> violations) {}

  TableFile read(String file, byte[] xml) {
    List<Violation> languages = DmnRules.expressionLanguages(file, xml);
    if (!languages.isEmpty()) {
      return new TableFile(List.of(), languages);
    }
    try {
      return new TableFile(dmn.parseDecisions(new ByteArrayInputStream(xml)), List.of());
    } catch (RuntimeException e) {
      return new TableFile(List.of(), List.of(new Violation(file, null, "is not a DMN table Camunda can read: "
          + e.getMessage())));
    }
  }

  List<Violation> check(String file, DmnDecision decision) {
    Checked checked = new Checked(file, decision);
    switch (decision.getKey()) {
      case EngineKeys.ESCALATION_MATRIX -> escalationMatrix(checked);
      case EngineKeys.RESOLUTION_POLICY -> resolutionPolicy(checked);
      case EngineKeys.EXPERT_DIRECTORY -> expertDirectory(checked);
      case EngineKeys.TRIAGE_TABLE -> triage(checked);
      default -> { }
    }
    return checked.violations.size() > MAX_REPORTED
        ? List.copyOf(checked.violations.subList(0, MAX_REPORTED)) : List.copyOf(checked.violations);
  }

  private void escalationMatrix(Checked t) {
    for (Priority priority : Priority.values()) {
      for (int level = Levels.FRONT_LINE; level <= Levels.EXECUTIVE; level++) {
        String question = priority + " level " + level;
        DmnDecisionResultEntries row = t.single(Map.of("priority", priority.name(), "level", level), question);
        if (row == null) {
          continue;
        }
        Object deadline = row.get("deadline");
        try {
          BusinessDuration.parse(deadline instanceof String s ? s : null);
        } catch (BusinessDuration.TooLong e) {
          t.add("deadline " + quoted(deadline) + " for " + question + " is longer than a year (at most P366D)");
        } catch (IllegalArgumentException e) {
          t.add("deadline " + quoted(deadline) + " for " + question
              + " is not an ISO-8601 duration of days, hours or minutes (PT4H, P1D, P1DT4H)");
        }
        Object share = row.get("reminderShare");
        if (!(share instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() < 1)) {
          t.add("reminder share " + quoted(share) + " for " + question + " is not between 0 and 1 (0.75 reminds"
              + " when three quarters of the time are gone)");
        }
      }
    }
  }

  private void resolutionPolicy(Checked t) {
    for (Category category : Category.values()) {
      for (Tier tier : Tier.values()) {
        for (boolean recurring : new boolean[] {false, true}) {
          for (double orderValue : ORDER_VALUES) {
            if (t.full()) {
              return;
            }
            Map<String, Double> below = null;
            for (int level = Levels.FRONT_LINE; level <= Levels.EXECUTIVE; level++) {
              String question = category + ", " + tier + (recurring ? ", recurring" : "") + ", order " + orderValue
                  + ", level " + level;
              Map<String, Object> inputs = new HashMap<>();
              inputs.put("issueType", category.name());
              inputs.put("orderValue", orderValue);
              inputs.put("customerTier", tier.name());
              inputs.put("level", level);
              inputs.put("recurring", recurring);
              DmnDecisionResult rows = t.evaluate(inputs, question);
              if (rows == null) {
                break;
              }
              Map<String, Double> authority = new LinkedHashMap<>();
              for (DmnDecisionResultEntries row : rows) {
                Object type = row.get("offerType");
                Object max = row.get("maxAmount");
                if (!(type instanceof String s) || s.isBlank()) {
                  t.add("an offer for " + question + " has no offer type");
                } else if (!(max instanceof Number n)) {
                  t.add(s + " for " + question + " has no maximum amount");
                } else if (n.doubleValue() < 0) {
                  t.add(s + " for " + question + " has a negative maximum (" + n + ")");
                } else {
                  authority.merge(s, n.doubleValue(), Math::max);
                }
              }
              if (below != null) {
                for (Map.Entry<String, Double> lower : below.entrySet()) {
                  Double here = authority.get(lower.getKey());
                  if (here == null || here < lower.getValue()) {
                    t.add("level " + level + " may offer less than level " + (level - 1) + ": " + lower.getKey()
                        + " up to " + lower.getValue() + " at level " + (level - 1) + ", "
                        + (here == null ? "none" : "up to " + here) + " at level " + level + " (" + question + ")");
                  }
                }
              }
              below = authority;
            }
          }
        }
      }
    }
  }

  private void expertDirectory(Checked t) {
    for (Category category : Category.values()) {
      DmnDecisionResultEntries row = t.single(Map.of("category", category.name()), "category " + category);
      if (row == null) {
        continue;
      }
      Object group = row.get("expertGroup");
      if (!(group instanceof String g) || g.isBlank()) {
        t.add("no expert group for category " + category);
      } else if (!groupExists.test(g)) {
        t.add("expert group '" + g + "' for category " + category + " does not exist (create it in Admin first)");
      }
    }
  }

  private void triage(Checked t) {
    for (Category category : Category.values()) {
      for (Severity severity : Severity.values()) {
        for (Tier tier : Tier.values()) {
          for (int flags = 0; flags < 4 && !t.full(); flags++) {
            boolean recurring = (flags & 1) != 0;
            boolean regulatory = (flags & 2) != 0;
            String question = category + ", " + severity + ", " + tier + (recurring ? ", recurring" : "")
                + (regulatory ? ", regulatory" : "");
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("category", category.name());
            inputs.put("severity", severity.name());
            inputs.put("customerTier", tier.name());
            inputs.put("recurring", recurring);
            inputs.put("regulatory", regulatory);
            DmnDecisionResultEntries row = t.single(inputs, question);
            if (row == null) {
              continue;
            }
            if (Priority.rankOf(String.valueOf((Object) row.get("priority"))) == null) {
              t.add("priority " + quoted(row.get("priority")) + " for " + question + " is not one of "
                  + List.of(Priority.values()));
            }
            if (!(row.get("startLevel") instanceof Number level)
                || level.intValue() < Levels.FRONT_LINE || level.intValue() > Levels.EXECUTIVE) {
              t.add("start level " + quoted(row.get("startLevel")) + " for " + question + " is not 1 to 4");
            }
          }
        }
      }
    }
  }

  private static String quoted(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  /** One table under check: its answers, and what is wrong with them. */
  private final class Checked {

    final String file;
    final DmnDecision decision;
    final List<Violation> violations = new ArrayList<>();
    boolean outputsChecked;

    Checked(String file, DmnDecision decision) {
      this.file = file;
      this.decision = decision;
    }

    boolean full() {
      return violations.size() >= MAX_REPORTED;
    }

    void add(String problem) {
      Violation v = new Violation(file, decision.getKey(), problem);
      if (!violations.contains(v)) {
        violations.add(v);
      }
    }

    DmnDecisionResult evaluate(Map<String, Object> inputs, String question) {
      try {
        DmnDecisionResult result = dmn.evaluateDecision(decision, inputs);
        checkOutputs(result);
        return result;
      } catch (RuntimeException e) {
        add("answering " + question + " fails: " + e.getMessage());
        return null;
      }
    }

    DmnDecisionResultEntries single(Map<String, Object> inputs, String question) {
      DmnDecisionResult result = evaluate(inputs, question);
      if (result == null) {
        return null;
      }
      if (result.isEmpty()) {
        add("no rule for " + question);
        return null;
      }
      if (result.size() > 1) {
        add(result.size() + " rules answer " + question + "; one must");
        return null;
      }
      return result.get(0);
    }

    private void checkOutputs(DmnDecisionResult result) {
      if (outputsChecked || result.isEmpty()) {
        return;
      }
      outputsChecked = true;
      for (String output : ModelContract.table(decision.getKey()).orElseThrow().outputs()) {
        if (!result.get(0).containsKey(output)) {
          add("has no output '" + output + "', which the application reads");
        }
      }
    }
  }
}
