package com.complaintdesk.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Letters go by e-mail: a complaint needs the customer's address, except one by phone, which may give the number the
 * desk calls the customer back on instead. Reported on {@code customerEmail}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReachableCustomerValidator.class)
public @interface ReachableCustomer {

  String message() default "must not be blank (a complaint by phone may give customerPhone instead)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
