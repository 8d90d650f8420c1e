package com.complaintdesk.resolution;

import com.complaintdesk.config.Variables;
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
    execution.setVariable("fulfilmentReference", resolutions.carryOut(Variables.requiredString(execution, "complaintId")));
  }
}
