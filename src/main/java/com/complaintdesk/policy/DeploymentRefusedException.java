package com.complaintdesk.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment that would break complaints, refused as a whole before anything of it takes effect. The REST
 * API answers {@code 400} with this message, which Camunda Modeler shows in its deploy dialog.
 */
public class DeploymentRefusedException extends BadUserRequestException {

  private final transient List<Violation> violations;

  public DeploymentRefusedException(List<Violation> violations) {
    super("Deployment refused, nothing of it was deployed: " + violations.stream().map(Violation::toString)
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
