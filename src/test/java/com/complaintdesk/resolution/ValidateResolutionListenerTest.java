package com.complaintdesk.resolution;

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
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class ValidateResolutionListenerTest {

  final ResolutionValidator validator = mock(ResolutionValidator.class);
  final CaseFactsService facts = mock(CaseFactsService.class);
  final CaseFacts kettle = new CaseFacts("PRODUCT_DEFECT", new BigDecimal("79.90"), "STANDARD", false);

  DelegateTask task(Map<String, Object> submitted, DelegateExecution execution) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getExecution()).thenReturn(execution);
    when(task.getAssignee()).thenReturn("carla");
    when(task.getVariable(anyString())).thenAnswer(call -> submitted.get(call.getArgument(0, String.class)));
    return task;
  }

  @Test
  void levelAndFactsComeFromTheRecordNotFromWhatWasSubmitted() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("CMP-1");
    when(facts.currentLevel("CMP-1")).thenReturn(1);
    when(facts.facts("CMP-1")).thenReturn(kettle);
    new ValidateResolutionListener(validator, facts).notify(task(Map.of("currentLevel", 4, "outcome", "RESOLVED",
        "resolutionType", "REFUND", "resolutionAmount", 20, "customerMessage", "ok"), execution));
    verify(validator).validate(eq(1), eq(kettle), any());
    verify(execution).setVariable("decidedBy", "carla");
  }

  @Test
  void aRefusalBecomesAFormValidationErrorWithThePlainReason() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("CMP-1");
    when(facts.currentLevel("CMP-1")).thenReturn(1);
    doThrow(new ResolutionRejectedException("Offer REFUND of 500 is beyond level 1 authority"))
        .when(validator).validate(eq(1), any(), any());
    assertThatThrownBy(() -> new ValidateResolutionListener(validator, facts).notify(task(Map.of(), execution)))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Offer REFUND of 500 is beyond level 1 authority");
    verify(execution, never()).setVariable(eq("decidedBy"), any());
  }
}
