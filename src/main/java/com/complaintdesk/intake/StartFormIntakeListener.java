package com.complaintdesk.intake;

import com.complaintdesk.config.Variables;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A complaint logged through Tasklist's start form gets the same validation and the same complaint
 * record as one sent to the REST intake. Started by {@link IntakeService}, the record exists already.
 */
@Component("registerComplaintFromStartForm")
public class StartFormIntakeListener implements ExecutionListener {

  private final Validator validator;
  private final IntakeService intake;

  public StartFormIntakeListener(Validator validator, IntakeService intake) {
    this.validator = validator;
    this.intake = intake;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable("complaintId") != null) {
      return;
    }
    ComplaintRequest request = new ComplaintRequest(Variables.string(execution, "customerId"),
        Variables.string(execution, "customerName"), Variables.string(execution, "customerEmail"),
        Variables.string(execution, "orderId"), Variables.string(execution, "productSku"),
        Variables.string(execution, "category"), Variables.string(execution, "channel"),
        Variables.string(execution, "severity"), Variables.bool(execution, "regulatory"),
        Variables.string(execution, "description"));
    Set<ConstraintViolation<ComplaintRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException("complaint", "Invalid complaint: " + violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .collect(Collectors.joining("; ")));
    }
    String complaintId = intake.registerStarted(request.normalised(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(complaintId);
    IntakeService.startVariables(request.normalised(), complaintId).forEach(execution::setVariable);
  }
}
