package com.complaintdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.escalation.ExpertDirectory;
import com.complaintdesk.escalation.TriageService;
import com.complaintdesk.identity.GroupMembers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTablesTest {

  static final ModelDecisions DECISIONS = new ModelDecisions();
  final TriageService triage = new TriageService(DECISIONS, null, null, null);

  /**
   * The matrix's shape, not its values (an analyst's valid change keeps the suite green): every priority and
   * level has a deadline that is a duration and a reminder share between 0 and 1, and no level has less time
   * than the level below it.
   */
  @Test
  void everyPriorityAndLevelHasADeadlineThatDoesNotShrinkFromOneLevelToTheNext() {
    for (Priority priority : Priority.values()) {
      java.time.Duration below = java.time.Duration.ZERO;
      for (int level = 1; level <= 4; level++) {
        var row = DECISIONS.evaluate("escalation-matrix", Map.of("priority", priority.name(), "level", level))
            .getSingleResult();
        assertThat(row).as(priority + " level " + level).isNotNull();
        BusinessDuration parsed = BusinessDuration.parse((String) row.get("deadline"));
        // CRITICAL counts around the clock; the others in working time (a working day of 8 hours)
        java.time.Duration deadline = priority == Priority.CRITICAL ? parsed.asWallClock()
            : java.time.Duration.ofHours(8 * parsed.workingDays()).plus(parsed.workingTime());
        assertThat(deadline).as(priority + " level " + level).isGreaterThanOrEqualTo(below);
        assertThat(((Number) row.get("reminderShare")).doubleValue()).isStrictlyBetween(0.0, 1.0);
        below = deadline;
      }
    }
  }

  /** Every category names an expert group the desk has (values are the analysts'). */
  @Test
  void theExpertDirectoryNamesAnExistingExpertsGroupForEveryCategory() {
    for (com.complaintdesk.complaint.Category category : com.complaintdesk.complaint.Category.values()) {
      String group = new ExpertDirectory(DECISIONS, mock(GroupMembers.class)).expertGroupFor(category);
      assertThat(com.complaintdesk.identity.DeskGroups.WORKING_GROUPS).as(category.name())
          .anyMatch(g -> g.id().equals(group) && group.startsWith("experts"));
    }
  }

  @Test
  void everyCategoryAndSeverityHasATriage() {
    for (Category category : Category.values()) {
      for (Severity severity : Severity.values()) {
        assertThat(triage.triage(category, severity, Tier.STANDARD, false, false).priority()).isNotNull();
      }
    }
  }
}
