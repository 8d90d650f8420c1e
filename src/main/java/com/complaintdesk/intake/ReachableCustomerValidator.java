package com.complaintdesk.intake;

import com.complaintdesk.complaint.Channel;
import com.complaintdesk.validation.TextRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ReachableCustomerValidator implements ConstraintValidator<ReachableCustomer, ComplaintRequest> {

  @Override
  public boolean isValid(ComplaintRequest request, ConstraintValidatorContext context) {
    if (request == null || given(request.customerEmail())
        || (Channel.PHONE.name().equals(request.channel()) && given(request.customerPhone()))) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("customerEmail").addConstraintViolation();
    return false;
  }

  private static boolean given(String value) {
    return value != null && TextRules.hasText(value);
  }
}
