package com.complaintdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.ProcessVariables;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class EnterLevelDelegateTest {

  final EscalationService escalation = mock(EscalationService.class);
  final Map<String, Object> variables = new HashMap<>(Map.of("complaintId", "CMP-1", "level", 2,
      "informSupervisor", false, "outcome", "REFER_TO_EXPERT", "decisionId", 7L));

  DelegateExecution execution() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
    org.mockito.Mockito.doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    org.mockito.Mockito.doAnswer(call -> variables.remove(call.getArgument(0, String.class)))
        .when(execution).removeVariable(anyString());
    when(execution.getProcessInstance()).thenReturn(execution);
    return execution;
  }

  @Test
  void entersTheLevelForTheReasonThatLedThereAndSetsWhatTheTimersNeed() {
    Instant due = Instant.parse("2026-11-25T16:00:00Z");
    Instant remind = Instant.parse("2026-11-25T10:00:00Z");
    when(escalation.enterLevel(anyString(), anyInt(), any(), anyBoolean()))
        .thenReturn(new LevelEntry(2, "REFER_TO_EXPERT", "experts-billing", new LevelDeadline(remind, due), "Wed"));
    new EnterLevelDelegate(escalation).execute(execution());

    verify(escalation).enterLevel("CMP-1", 2, EscalationReason.REFER_TO_EXPERT, false);
    assertThat(variables).containsEntry("currentLevel", 2).containsEntry("expertGroup", "experts-billing")
        .containsEntry("levelGroup", "experts-billing").containsEntry("levelDueAt", Date.from(due))
        .containsEntry("levelRemindAt", Date.from(remind))
        .doesNotContainKeys("outcome", "decisionId", ProcessVariables.ESCALATION_REASON, "slaBreached");
  }

  @Test
  void anExplicitReasonWinsOverTheLastOutcome() {
    variables.put(ProcessVariables.ESCALATION_REASON, "DEADLINE_PASSED");
    when(escalation.enterLevel(anyString(), anyInt(), any(), anyBoolean())).thenReturn(
        new LevelEntry(2, "DEADLINE_PASSED", "experts-billing", new LevelDeadline(Instant.now(), Instant.now()), "x"));
    new EnterLevelDelegate(escalation).execute(execution());
    verify(escalation).enterLevel("CMP-1", 2, EscalationReason.DEADLINE_PASSED, false);
    assertThat(variables).containsEntry("slaBreached", true);
  }
}
