package com.complaintdesk.config;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process and task variables. Forms submit numbers as long or double and may leave
 * optional fields out, so reads are lenient about the numeric type and explicit about absence.
 */
public final class Variables {

  private Variables() {}

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static String requiredString(VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public static int integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable '" + name + "' is not a number: " + value);
    }
    return number.intValue();
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a number, not " + value);
    }
  }

  public static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Date date)) {
      throw new IllegalStateException("Process variable '" + name + "' is not a date: " + value);
    }
    return date.toInstant();
  }
}
