package com.complaintdesk.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of one of the enum's constants, or null. A string checked this way lets a request report every bad
 * field at once, where Jackson would stop at the first unknown constant.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

  Class<? extends Enum<?>> value();

  /** the default message lists the constants: "must be one of EMAIL, PHONE, WEB, CHAT, SOCIAL" */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
