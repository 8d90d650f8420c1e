package com.complaintdesk.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class ValidateResolutionListenerTest {

  final LevelDecisionService decisions = mock(LevelDecisionService.class);
  final Map<String, Object> processVariables = new HashMap<>();

  DelegateTask task(Set<String> localVariables) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> processVariables.get(call.getArgument(0, String.class)));
    when(execution.hasVariable(anyString())).thenAnswer(call -> processVariables.containsKey(call.getArgument(0, String.class)));
    org.mockito.Mockito.doAnswer(call -> processVariables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    org.mockito.Mockito.doAnswer(call -> processVariables.remove(call.getArgument(0, String.class)))
        .when(execution).removeVariable(anyString());
    DelegateTask task = mock(DelegateTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getExecution()).thenReturn(execution);
    when(task.getAssignee()).thenReturn("carla");
    when(task.getVariable("complaintId")).thenReturn("CMP-1");
    when(task.getVariableNamesLocal()).thenReturn(localVariables);
    return task;
  }

  @Test
  void theDecisionTheProcessCarriesIsCheckedStoredAndReplacedByItsId() {
    processVariables.putAll(Map.of("complaintId", "CMP-1", "outcome", "RESOLVED", "resolutionType", "REFUND",
        "resolutionAmount", 20, "customerMessage", "We refund the kettle."));
    when(decisions.decide(anyString(), anyString(), any(), any())).thenReturn(7L);

    new ValidateResolutionListener(decisions, mock(com.complaintdesk.department.DepartmentQuestionService.class)).notify(task(Set.of()));

    verify(decisions).decide("CMP-1", "task-1", new ResolutionDecision("RESOLVED", "REFUND", new BigDecimal("20"),
        "We refund the kettle.", null, null, null), "carla");
    assertThat(processVariables).containsEntry("decisionId", 7L).containsEntry("outcome", "RESOLVED")
        .doesNotContainKeys("resolutionType", "resolutionAmount", "customerMessage");
  }

  @Test
  void taskLocalDecisionFieldsAreRefused() {
    processVariables.putAll(Map.of("complaintId", "CMP-1", "outcome", "RESOLVED"));
    assertThatThrownBy(() -> new ValidateResolutionListener(decisions, mock(com.complaintdesk.department.DepartmentQuestionService.class)).notify(task(Set.of("resolutionAmount"))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("task-local");
    verify(decisions, never()).decide(anyString(), anyString(), any(), any());
  }

  @Test
  void aRefusalBecomesAFormValidationErrorWithThePlainReasonAndNothingIsRemoved() {
    processVariables.putAll(Map.of("complaintId", "CMP-1", "outcome", "RESOLVED", "resolutionType", "REFUND",
        "resolutionAmount", 500));
    doThrow(new ResolutionRejectedException("Offer REFUND of 500 is beyond level 1 authority"))
        .when(decisions).decide(eq("CMP-1"), anyString(), any(), any());
    assertThatThrownBy(() -> new ValidateResolutionListener(decisions, mock(com.complaintdesk.department.DepartmentQuestionService.class)).notify(task(Set.of())))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Offer REFUND of 500 is beyond level 1 authority");
    assertThat(processVariables).doesNotContainKey("decisionId");
  }

  @Test
  void anAmountThatIsNotANumberIsRefused() {
    processVariables.putAll(Map.of("complaintId", "CMP-1", "outcome", "RESOLVED", "resolutionAmount", "lots"));
    assertThatThrownBy(() -> new ValidateResolutionListener(decisions, mock(com.complaintdesk.department.DepartmentQuestionService.class)).notify(task(Set.of())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("resolutionAmount must be a number");
  }
}
