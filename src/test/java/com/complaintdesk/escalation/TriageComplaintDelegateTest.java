package com.complaintdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.EscalationReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

/** Complaints still on complaint-resolution 1.0.0 call triage as the task's delegate; they are triaged as before. */
class TriageComplaintDelegateTest {

  @Test
  void aModelReleasedBeforeTheBusinessRuleTaskStillTriages() throws Exception {
    TriageService triage = mock(TriageService.class);
    when(triage.triageComplaint("CMP-1")).thenReturn(new Triage(Priority.HIGH, 2, true, EscalationReason.TRIAGE));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("complaintId")).thenReturn("CMP-1");

    JavaDelegate delegate = new TriageComplaintDelegate(triage);
    delegate.execute(execution);

    verify(triage).triageComplaint("CMP-1");
    verify(execution).setVariable("startLevel", 2);
    verify(execution).setVariable("informSupervisor", true);
    verify(execution).setVariable("escalationReason", "TRIAGE");
    assertThat(delegate).isInstanceOf(org.camunda.bpm.engine.delegate.ExecutionListener.class);
  }
}
