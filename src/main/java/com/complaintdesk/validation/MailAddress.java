package com.complaintdesk.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An address the configured mail transport can carry: printable ASCII, unless {@code complaints.mail.smtputf8}
 * says the mail server takes internationalised addresses ({@code ünï@exämple.com}). Refused at intake rather than
 * failing the acknowledgement later.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MailAddressValidator.class)
public @interface MailAddress {

  String message() default "must be an address our mail server can deliver to (plain ASCII letters, digits and signs)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
