package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supervisor's answer to a dissatisfied customer, with any goodwill gesture carried out. */
@Component("communicateFollowUp")
public class CommunicateFollowUpDelegate implements JavaDelegate {

  private final ResolutionService resolutions;

  public CommunicateFollowUpDelegate(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.followUp(ProcessVariables.complaintId(execution),
        ProcessVariables.longValue(execution, ProcessVariables.FOLLOW_UP_ID));
  }
}
