package com.complaintdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.complaintdesk.complaint.Priority;
import com.complaintdesk.escalation.BusinessDuration;
import com.complaintdesk.escalation.ExpertDirectory;
import com.complaintdesk.escalation.Triage;
import com.complaintdesk.escalation.TriageService;
import com.complaintdesk.identity.GroupMembers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTablesTest {

  static final ModelDecisions DECISIONS = new ModelDecisions();
  final TriageService triage = new TriageService(DECISIONS, null, null, null);

  @ParameterizedTest(name = "{0} {1} tier {2} recurring {3} regulatory {4} -> {5} at L{6}")
  @CsvSource({
      "SAFETY, CRITICAL, STANDARD, false, false, CRITICAL, 2, true",
      "SAFETY, LOW, STANDARD, false, false, HIGH, 2, true",
      "BILLING, MEDIUM, STANDARD, false, true, HIGH, 3, true",
      "BILLING, CRITICAL, STANDARD, false, true, CRITICAL, 3, true",
      "DELIVERY, CRITICAL, STANDARD, false, false, CRITICAL, 1, true",
      "PRODUCT_DEFECT, HIGH, STANDARD, true, false, HIGH, 2, false",
      "PRODUCT_DEFECT, HIGH, STANDARD, false, false, HIGH, 1, false",
      "SERVICE, MEDIUM, PLATINUM, false, false, HIGH, 1, false",
      "SERVICE, MEDIUM, GOLD, true, false, HIGH, 1, false",
      "SERVICE, MEDIUM, GOLD, false, false, MEDIUM, 1, false",
      "OTHER, LOW, STANDARD, true, false, MEDIUM, 1, false",
      "OTHER, LOW, STANDARD, false, false, LOW, 1, false"})
  void triageDecidesPriorityAndStartingLevel(String category, String severity, String tier, boolean recurring,
      boolean regulatory, String priority, int level, boolean inform) {
    assertThat(triage.triage(category, severity, tier, recurring, regulatory))
        .isEqualTo(new Triage(priority, level, inform, Triage.BY_TRIAGE));
  }

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
        java.time.Duration deadline = BusinessDuration.parse((String) row.get("deadline")).asWallClock();
        assertThat(deadline).as(priority + " level " + level).isGreaterThanOrEqualTo(below);
        assertThat(((Number) row.get("reminderShare")).doubleValue()).isStrictlyBetween(0.0, 1.0);
        below = deadline;
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"PRODUCT_DEFECT, experts-product", "SAFETY, experts-product", "BILLING, experts-billing",
      "DELIVERY, experts-logistics", "SERVICE, experts-service", "OTHER, experts-service"})
  void theExpertDirectoryNamesAnExpertsGroupForEveryCategory(String category, String group) {
    assertThat(new ExpertDirectory(DECISIONS, mock(GroupMembers.class)).expertGroupFor(category)).isEqualTo(group).startsWith("experts-");
  }

  @Test
  void everyCategoryAndSeverityHasATriage() {
    for (String category : new String[] {"PRODUCT_DEFECT", "DELIVERY", "BILLING", "SERVICE", "SAFETY", "OTHER"}) {
      for (String severity : new String[] {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) {
        assertThat(triage.triage(category, severity, "STANDARD", false, false).priority()).isNotNull();
      }
    }
  }
}
