package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.AbstractXmlHttpMessageConverter;
import org.springframework.http.converter.xml.MarshallingHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The app's API reads JSON as written: a number is not text, 2 is not true, "4" is not 4 and 2.5 is not 2.
 * (Trailing data, unknown fields, duplicate keys and floats for whole numbers are refused in application.yaml.)
 * JSON is the only format it reads: Camunda brings Jackson's YAML and XML modules, and Spring MVC would read
 * request bodies in those formats with none of these rules ({@code regulatory: 2} as true, a number as an id),
 * so those readers are removed and such a body is a {@code 415}.
 */
@Configuration
public class StrictJson implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.removeIf(StrictJson::readsAnotherStructuredFormat);
  }

  static boolean readsAnotherStructuredFormat(HttpMessageConverter<?> converter) {
    return converter instanceof AbstractJackson2HttpMessageConverter jackson
            && !(jackson instanceof MappingJackson2HttpMessageConverter)
        || converter instanceof AbstractXmlHttpMessageConverter<?>
        || converter instanceof MarshallingHttpMessageConverter;
  }

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
