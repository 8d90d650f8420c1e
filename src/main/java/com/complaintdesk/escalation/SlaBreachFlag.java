package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Marks a complaint whose level deadline passed, where Cockpit's variable search finds it: on the escalation
 * path's instance and on the complaint-resolution instance that called it.
 */
final class SlaBreachFlag {

  private SlaBreachFlag() {}

  static void set(DelegateExecution execution) {
    DelegateExecution escalationPath = execution.getProcessInstance();
    escalationPath.setVariable(ProcessVariables.SLA_BREACHED, true);
    DelegateExecution caller = escalationPath.getSuperExecution();
    if (caller != null) {
      caller.getProcessInstance().setVariable(ProcessVariables.SLA_BREACHED, true);
    }
  }
}
