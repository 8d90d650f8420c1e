package com.complaintdesk.complaint;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The values a form submission brought, read once from where the process will see them. A listener checks
 * them, stores them in the app's tables and then {@link #discard()}s the captured fields, so they never reach
 * the engine's tables: what is checked is exactly what is later carried out, read back from the app's table.
 */
public final class SubmittedForm {

  private final VariableScope values;

  private SubmittedForm(VariableScope values) {
    this.values = values;
  }

  /**
   * A task's submission. Task-local variables of a form field are refused: they would shadow the values
   * the process carries on with.
   */
  public static SubmittedForm of(DelegateTask task) {
    for (String name : task.getVariableNamesLocal()) {
      if (ProcessVariables.CAPTURED_FORM_FIELDS.contains(name) || ProcessVariables.OUTCOME.equals(name)) {
        throw new SubmissionRefused(name + " must be submitted with the form, not set as a task-local variable");
      }
    }
    return new SubmittedForm(task.getExecution());
  }

  /** A start form's submission: its values are variables of the new process instance. */
  public static SubmittedForm of(DelegateExecution execution) {
    return new SubmittedForm(execution);
  }

  public String text(String name) {
    Object value = values.getVariable(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new SubmissionRefused(name + " must be text");
  }

  /** A money amount: a number, or text holding one; blank means none. */
  public BigDecimal amount(String name) {
    Object value = values.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      if (value instanceof Number || value instanceof String) {
        BigDecimal amount = new BigDecimal(value.toString().strip());
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
          throw new SubmissionRefused(name + " must have at most two decimal places");
        }
        return amount;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new SubmissionRefused(name + " must be a number, not " + abbreviate(value));
  }

  public Boolean flag(String name) {
    Object value = values.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw new SubmissionRefused(name + " must be true or false");
  }

  /** Removes the captured fields from the process: they are in the app's tables now. */
  public void discard() {
    for (String name : ProcessVariables.CAPTURED_FORM_FIELDS) {
      if (values.hasVariable(name)) {
        values.removeVariable(name);
      }
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
