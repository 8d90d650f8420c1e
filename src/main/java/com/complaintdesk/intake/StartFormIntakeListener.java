package com.complaintdesk.intake;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.SubmittedForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A complaint logged through Tasklist's start form gets the same validation and the same complaint
 * record as one sent to the REST intake, and a complaint id of the server's making, whatever the caller
 * sent. The form's values move into the complaint record; the process keeps only the id. A start by
 * {@link IntakeService} has its record already.
 */
@Component("registerComplaintFromStartForm")
public class StartFormIntakeListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(StartFormIntakeListener.class);

  private final Validator validator;
  private final IntakeService intake;
  private final PhoneReferences references;

  public StartFormIntakeListener(Validator validator, IntakeService intake, PhoneReferences references) {
    this.references = references;
    this.validator = validator;
    this.intake = intake;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (intake.isStartedByIntake(execution.getProcessBusinessKey())) {
      return;
    }
    SubmittedForm form = SubmittedForm.of(execution);
    ComplaintRequest request = new ComplaintRequest(form.text("customerId"), form.text("customerName"),
        form.text("customerEmail"), form.text("orderId"), form.text("productSku"), form.text("category"),
        form.text("channel"), form.text("severity"), form.flag("regulatory"), form.text("description"),
        form.text("language"), form.text("customerPhone"));
    Set<ConstraintViolation<ComplaintRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      String reasons = violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .distinct()
          .collect(Collectors.joining("; "));
      LOG.info("Refused a complaint from the start form: {}", reasons);
      throw new SubmissionRefused("Invalid complaint: " + reasons);
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId = user == null ? null : user.getUserId();
    String complaintId = intake.registerStarted(request.normalised(), null, execution.getProcessInstanceId(), userId,
        references.claim(form.text(PhoneReferences.FIELD), userId));
    form.discard();
    execution.setProcessBusinessKey(complaintId);
    execution.setVariable(ProcessVariables.COMPLAINT_ID, complaintId);
  }
}
