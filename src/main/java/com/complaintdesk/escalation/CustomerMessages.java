package com.complaintdesk.escalation;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The customer's BPMN messages, correlated by the complaint id (the business key of its processes). */
@Component
public class CustomerMessages {

  private final RuntimeService runtimeService;

  public CustomerMessages(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Whether the complaint waits for this message right now. Asked before correlating: a failed correlation
   * would mark the caller's whole transaction for rollback.
   */
  public boolean waitsFor(String complaintId, String message) {
    return runtimeService.createExecutionQuery().processInstanceBusinessKey(complaintId)
        .messageEventSubscriptionName(message).count() == 1;
  }

  public void correlate(String complaintId, String message, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(complaintId)
        .setVariables(variables).correlateWithResult();
  }
}
