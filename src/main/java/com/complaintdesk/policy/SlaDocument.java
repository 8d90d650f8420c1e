package com.complaintdesk.policy;

import com.complaintdesk.complaint.Priority;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.escalation.DeadlineService;
import com.complaintdesk.escalation.Levels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;

/**
 * docs/sla.md, written from DMN {@code escalation-matrix}: each priority's deadline and reminder at each level,
 * and the cells that are written differently but mean the same length of time.
 */
public final class SlaDocument {

  /** a working day under the default business hours (09:00 to 17:00) */
  static final Duration WORKING_DAY = Duration.ofHours(8);

  private SlaDocument() {}

  public static String write(DmnEngine dmn, DmnDecision matrix, String versionTag) {
    StringBuilder doc = new StringBuilder();
    doc.append("# Deadlines per level (service levels)\n\n")
        .append("Generated from `processes/escalation-matrix.dmn`").append(versionTag == null ? ""
            : " (version tag " + versionTag + ")").append(" by `mvn -B test -Dtest=SlaDocumentTest -Dsla.write=true`;")
        .append(" the build fails while this file differs from the table. Do not edit it by hand.\n\n")
        .append("A day is a working day and an hour a working hour (`complaints.business-hours`, by default Monday to")
        .append(" Friday 09:00 to 17:00, public holidays excluded), except for CRITICAL priority and SAFETY complaints,")
        .append(" which count around the clock. The reminder goes out when the share of the time shown has passed.\n\n");
    List<Priority> priorities = List.of(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW);
    doc.append("| level |");
    priorities.forEach(p -> doc.append(' ').append(p).append(" |"));
    doc.append("\n|---|");
    priorities.forEach(p -> doc.append("---|"));
    doc.append('\n');
    Map<String, List<String>> sameLength = new TreeMap<>();
    Map<String, String> textOfLength = new LinkedHashMap<>();
    for (int level = Levels.FRONT_LINE; level <= Levels.EXECUTIVE; level++) {
      doc.append("| ").append(level).append(' ').append(Levels.name(level)).append(" |");
      for (Priority priority : priorities) {
        DmnDecisionResultEntries row = dmn.evaluateDecision(matrix,
            Map.of("priority", priority.name(), "level", level)).getSingleResult();
        String deadline = (String) row.get("deadline");
        double share = ((Number) row.get("reminderShare")).doubleValue();
        doc.append(' ').append(deadline).append(" (reminder at ").append(Math.round(share * 100)).append(" %) |");
        boolean wallClock = DeadlineService.aroundTheClock(priority, null);
        String length = length(BusinessDuration.parse(deadline), wallClock);
        String key = length + (wallClock ? " around the clock" : " of working time");
        sameLength.computeIfAbsent(key, k -> new ArrayList<>()).add(priority + " level " + level + " (" + deadline + ")");
        textOfLength.merge(key, deadline, (a, b) -> a.equals(b) ? a : "several");
      }
      doc.append('\n');
    }
    List<String> notes = new ArrayList<>();
    sameLength.forEach((length, cells) -> {
      if ("several".equals(textOfLength.get(length))) {
        notes.add("- " + String.join(", ", cells) + ": the same length, " + length + ".");
      }
    });
    if (!notes.isEmpty()) {
      doc.append("\nCells written differently that mean the same length of time:\n\n");
      notes.forEach(n -> doc.append(n).append('\n'));
    }
    doc.append("\nA SAFETY complaint counts around the clock at every priority: there P1D is 24 hours, not 8 working hours.\n");
    return doc.toString();
  }

  private static String length(BusinessDuration duration, boolean wallClock) {
    Duration total = wallClock ? duration.asWallClock()
        : WORKING_DAY.multipliedBy(duration.workingDays()).plus(duration.workingTime());
    long hours = total.toHours();
    long minutes = total.toMinutesPart();
    return (hours > 0 ? hours + " h" : "") + (minutes > 0 ? (hours > 0 ? " " : "") + minutes + " min" : "")
        + (hours == 0 && minutes == 0 ? "0 h" : "");
  }
}
