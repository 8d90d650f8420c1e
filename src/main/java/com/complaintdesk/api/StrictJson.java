package com.complaintdesk.api;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's API reads JSON as written: a number is not text, 2 is not true, "4" is not 4 and 2.5 is not 2.
 * (Trailing data, unknown fields and floats for whole numbers are refused in application.yaml.)
 */
@Configuration
public class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noCoercion() {
    return builder -> builder.postConfigurer(mapper -> {
      for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
          LogicalType.Float}) {
        mapper.coercionConfigFor(type)
            .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                ? CoercionAction.TryConvert : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert
                : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert
                : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert
                : CoercionAction.Fail);
      }
    });
  }
}
