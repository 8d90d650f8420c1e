package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("carryOutResolution")
public class CarryOutResolutionDelegate implements JavaDelegate {

  private final ResolutionService resolutions;

  public CarryOutResolutionDelegate(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.carryOut(ProcessVariables.complaintId(execution));
  }
}
