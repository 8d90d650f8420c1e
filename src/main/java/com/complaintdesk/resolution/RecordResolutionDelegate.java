package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the resolution exactly as it was checked when the level's task completed. */
@Component("recordResolution")
public class RecordResolutionDelegate implements JavaDelegate {

  private final ResolutionService resolutions;

  public RecordResolutionDelegate(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutions.record(ProcessVariables.complaintId(execution), ProcessVariables.decisionId(execution));
  }
}
