package com.complaintdesk.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote: no control characters but tab and line breaks, no NUL, no unpaired surrogates and
 * no Unicode non-characters. Such input is not something a customer typed, and PostgreSQL refuses NUL.
 * {@code multiline = false} refuses line breaks and tabs too (names, e-mail addresses), and the invisible or
 * reordering characters of {@link TextRules#invisibleOrReordering(char)}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

  String message() default "must be plain text (no control, invisible or bidi characters, no unpaired surrogates)";

  boolean multiline() default true;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
