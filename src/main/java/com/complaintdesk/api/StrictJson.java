package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    return builder -> builder.postConfigurer(StrictJson::refuseCoercion);
  }

  static void refuseCoercion(ObjectMapper mapper) {
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.String, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
        CoercionInputShape.String, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
        CoercionInputShape.EmptyString);
  }

  private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... from) {
    for (CoercionInputShape shape : from) {
      mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
