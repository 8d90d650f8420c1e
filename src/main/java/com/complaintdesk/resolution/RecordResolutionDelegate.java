package com.complaintdesk.resolution;

import com.complaintdesk.config.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordResolution")
public class RecordResolutionDelegate implements JavaDelegate {

  private final ResolutionService resolutions;

  public RecordResolutionDelegate(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = Variables.integer(execution, "currentLevel");
    resolutions.record(Variables.requiredString(execution, "complaintId"), level, CaseFactsReader.decision(execution),
        Variables.string(execution, "decidedBy"));
    execution.setVariable("resolvedLevel", level);
  }
}
