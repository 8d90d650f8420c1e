package com.complaintdesk.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Created by Spring's validator factory, so it reads the mail setting; without Spring, ASCII only. */
public class MailAddressValidator implements ConstraintValidator<MailAddress, String> {

  private final boolean smtpUtf8;

  @Autowired
  public MailAddressValidator(@Value("${complaints.mail.smtputf8:false}") boolean smtpUtf8) {
    this.smtpUtf8 = smtpUtf8;
  }

  public MailAddressValidator() {
    this(false);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || smtpUtf8 || TextRules.isAsciiMailAddress(value.strip());
  }
}
