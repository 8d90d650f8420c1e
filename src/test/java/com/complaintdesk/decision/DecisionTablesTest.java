package com.complaintdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

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

  @ParameterizedTest(name = "{0} L{1} = {2}")
  @CsvSource({
      "CRITICAL, 1, PT2H", "CRITICAL, 2, PT4H", "CRITICAL, 3, PT8H", "CRITICAL, 4, PT24H",
      "HIGH, 1, PT8H", "HIGH, 2, P1D", "HIGH, 3, P2D", "HIGH, 4, P2D",
      "MEDIUM, 1, P1D", "MEDIUM, 2, P2D", "MEDIUM, 3, P3D", "MEDIUM, 4, P3D",
      "LOW, 1, P2D", "LOW, 2, P3D", "LOW, 3, P5D", "LOW, 4, P5D"})
  void theEscalationMatrixHoldsTheAgreedDeadlines(String priority, int level, String deadline) {
    var row = DECISIONS.evaluate("escalation-matrix", Map.of("priority", priority, "level", level)).getSingleResult();
    assertThat((String) row.getEntry("deadline")).isEqualTo(deadline);
    assertThat(((Number) row.getEntry("reminderShare")).doubleValue()).isEqualTo(0.75);
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
