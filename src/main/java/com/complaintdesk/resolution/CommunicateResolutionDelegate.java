package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("communicateResolution")
public class CommunicateResolutionDelegate implements JavaDelegate {

  private final ResolutionService resolutions;

  public CommunicateResolutionDelegate(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.communicate(ProcessVariables.complaintId(execution));
  }
}
