package com.complaintdesk.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

  private List<String> names;
  private String message;

  @Override
  public void initialize(OneOf constraint) {
    names = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name).toList();
    message = constraint.message().isEmpty() ? "must be one of " + String.join(", ", names) : constraint.message();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || names.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // the constants are ours, never the client's text: no expression language in the message
    context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
        .addConstraintViolation();
    return false;
  }
}
