package com.complaintdesk.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class HasTextValidator implements ConstraintValidator<HasText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value != null && TextRules.hasText(value);
  }
}
