package com.complaintdesk.policy;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import com.complaintdesk.decision.Decisions;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.escalation.DeadlineService;
import com.complaintdesk.escalation.Levels;
import com.complaintdesk.identity.DeskGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays the deadlines of a changed {@code escalation-matrix} on the complaints received in a period, in a plain
 * DMN engine: nothing is deployed and nothing is written, neither to the engine's history nor to the desk's tables.
 */
@Service
public class WhatIfService {

  static final String TABLE = EngineKeys.ESCALATION_MATRIX;
  static final int MOST_CHANGED = 10;

  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final LevelHistory history;
  private final Decisions decisions;
  private final BusinessCalendar calendar;
  private final EngineClock clock;

  WhatIfService(LevelHistory history, Decisions decisions, BusinessCalendar calendar, EngineClock clock) {
    this.clock = clock;
    this.history = history;
    this.decisions = decisions;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  public WhatIf replay(String file, byte[] xml, Instant from, Instant to) {
    DmnDecision changed = checkedTable(file, xml);
    Map<String, String> newDeadlines = new HashMap<>();
    Map<String, String> deadlinesNow = new HashMap<>();
    BiFunction<String, Integer, String> newTable = (priority, level) -> newDeadlines.computeIfAbsent(
        priority + "/" + level, k -> deadline(dmn.evaluateDecision(changed, inputs(priority, level)).getSingleResult()));
    BiFunction<String, Integer, String> tableNow = (priority, level) -> deadlinesNow.computeIfAbsent(
        priority + "/" + level, k -> deployedDeadline(priority, level));
    Instant now = clock.now();
    Map<Integer, Tally> tallies = new HashMap<>();
    Set<String> complaints = new HashSet<>();
    List<WhatIf.Change> changes = new ArrayList<>();
    for (LevelHistory.Stint stint : history.receivedBetween(from, to)) {
      complaints.add(stint.complaintId());
      boolean wallClock = DeadlineService.aroundTheClock(Priority.of(stint.priority()),
          Category.valueOf(stint.category()));
      Instant end = stint.leftAt() == null ? now : stint.leftAt();
      String deadlineNow = tableNow.apply(stint.priority(), stint.level());
      String deadlineNew = newTable.apply(stint.priority(), stint.level());
      Instant dueNow = deadlineNow == null ? null : due(stint, deadlineNow, wallClock, end);
      Instant dueNew = due(stint, deadlineNew, wallClock, end);
      boolean escalatedNow = EscalationReason.DEADLINE_PASSED.name().equals(stint.leftBecause());
      boolean undetermined = escalatedNow && dueNew.isAfter(end);
      boolean breachedNew = !undetermined && (escalatedNow ? !dueNew.isAfter(end) : dueNew.isBefore(end));
      tallies.computeIfAbsent(stint.level(), level -> new Tally()).add(stint.breached(), breachedNew, escalatedNow,
          breachedNew && stint.level() < Levels.EXECUTIVE, undetermined);
      if (!deadlineNew.equals(deadlineNow) || stint.breached() != breachedNew || undetermined) {
        changes.add(new WhatIf.Change(stint.complaintId(), stint.level(), stint.priority(), stint.enteredAt(),
            held(stint, end).toString(), deadlineNow, deadlineNew, dueNow, dueNew, stint.breached(), breachedNew,
            undetermined));
      }
    }
    List<WhatIf.LevelCount> levels = new ArrayList<>();
    for (int level = Levels.FRONT_LINE; level <= Levels.EXECUTIVE; level++) {
      Tally t = tallies.getOrDefault(level, new Tally());
      levels.add(new WhatIf.LevelCount(level, Levels.name(level), t.stints, t.breachedNow, t.breachedNew,
          t.escalatedNow, t.escalatedNew, t.undetermined));
    }
    changes.sort(Comparator.comparing((WhatIf.Change c) -> c.breachedNow() == c.breachedUnderNewTable() && !c.undetermined())
        .thenComparing(c -> shift(c).negated()).thenComparing(WhatIf.Change::complaintId)
        .thenComparing(WhatIf.Change::level));
    return new WhatIf(file, decisions.describe(TABLE), from, to, complaints.size(), levels,
        List.copyOf(changes.subList(0, Math.min(MOST_CHANGED, changes.size()))));
  }

  /**
   * The level's deadline counted from its entry, moved on by each pause for the customer as the desk does; a pause
   * counts until the complaint left the level (or now).
   */
  private Instant due(LevelHistory.Stint stint, String deadline, boolean wallClock, Instant end) {
    Instant due = calendar.add(stint.enteredAt(), BusinessDuration.parse(deadline), wallClock);
    for (LevelHistory.Pause pause : stint.pauses()) {
      Instant resumed = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
      if (pause.from().isBefore(due) && pause.from().isBefore(resumed)) {
        due = calendar.addTime(resumed, calendar.between(pause.from(), due, wallClock), wallClock);
      }
    }
    return due;
  }

  private static Duration held(LevelHistory.Stint stint, Instant end) {
    Duration held = Duration.between(stint.enteredAt(), end);
    for (LevelHistory.Pause pause : stint.pauses()) {
      Instant resumed = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
      if (pause.from().isBefore(resumed)) {
        held = held.minus(Duration.between(pause.from(), resumed));
      }
    }
    return held.isNegative() ? Duration.ZERO : held;
  }

  /** The deployed table's deadline; null where a table deployed before the checks gives no usable one. */
  private String deployedDeadline(String priority, int level) {
    try {
      String deadline = deadline(decisions.evaluate(TABLE, inputs(priority, level)).getSingleResult());
      BusinessDuration.parse(deadline);
      return deadline;
    } catch (RuntimeException noUsableRow) {
      return null;
    }
  }

  /** Per level: stints, breached and escalated now and under the new table, undetermined. */
  private static final class Tally {
    int stints;
    int breachedNow;
    int breachedNew;
    int escalatedNow;
    int escalatedNew;
    int undetermined;

    void add(boolean breachedNow, boolean breachedNew, boolean escalatedNow, boolean escalatedNew,
        boolean undetermined) {
      stints++;
      this.breachedNow += breachedNow ? 1 : 0;
      this.breachedNew += breachedNew ? 1 : 0;
      this.escalatedNow += escalatedNow ? 1 : 0;
      this.escalatedNew += escalatedNew ? 1 : 0;
      this.undetermined += undetermined ? 1 : 0;
    }
  }

  private static Duration shift(WhatIf.Change change) {
    return change.dueNow() == null || change.dueUnderNewTable() == null ? Duration.ZERO
        : Duration.between(change.dueNow(), change.dueUnderNewTable()).abs();
  }

  private DmnDecision checkedTable(String file, byte[] xml) {
    if (xml == null || xml.length == 0) {
      throw invalid("file", "Send the changed " + TABLE + ".dmn as the multipart field 'file'");
    }
    TableChecks tables = new TableChecks(dmn, DeskGroups.ALL::contains);
    TableChecks.TableFile read = tables.read(file, xml);
    List<Violation> violations = new ArrayList<>(read.violations());
    DmnDecision table = read.decisions().stream().filter(d -> TABLE.equals(d.getKey())).findFirst().orElse(null);
    if (violations.isEmpty()) {
      if (table == null) {
        throw invalid("file", file + " holds no decision '" + TABLE + "'");
      }
      violations.addAll(tables.check(file, table));
    }
    if (!violations.isEmpty()) {
      throw new InvalidParametersException(violations.stream().map(v -> new ParameterProblem("file", v.toString()))
          .toList());
    }
    return table;
  }

  private static Map<String, Object> inputs(String priority, int level) {
    return Map.of("priority", priority, "level", level);
  }

  private static String deadline(DmnDecisionResultEntries row) {
    return row == null ? null : String.valueOf(row.get("deadline"));
  }

  private static InvalidParametersException invalid(String parameter, String message) {
    return new InvalidParametersException(List.of(new ParameterProblem(parameter, message)));
  }
}
