package com.complaintdesk.complaint;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task or start form submission the server refuses: the completion is rolled back, the task stays open,
 * and the agent reads the reason (Tasklist shows it; the REST API answers 400 with it). A business refusal,
 * not an error: it is logged in one line (see {@code config.BusinessRefusalLogFilter}).
 */
public class SubmissionRefused extends FormFieldValidationException {

  public SubmissionRefused(String message) {
    super("submission", message);
  }
}
