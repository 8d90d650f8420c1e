package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests refused before the app reads them still get a problem document: {@link EncodedPathFilter} first of all
 * filters, {@link JsonBodiesOnly} next, and {@link ProblemJsonErrorReportValve} in place of the error page Spring Boot gives Tomcat's host.
 */
@Configuration
class TomcatErrorPages {

  @Bean
  FilterRegistrationBean<EncodedPathFilter> encodedPathFilter(ObjectMapper json) {
    FilterRegistrationBean<EncodedPathFilter> registration = new FilterRegistrationBean<>(new EncodedPathFilter(json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<JsonBodiesOnly> jsonBodiesOnly(ObjectMapper json) {
    FilterRegistrationBean<JsonBodiesOnly> registration = new FilterRegistrationBean<>(new JsonBodiesOnly(json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Runs after Spring Boot's own customizer (order 0), which adds a plain ErrorReportValve. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReportValve() {
    return factory -> factory.addContextCustomizers(context -> {
      StandardHost host = (StandardHost) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.getPipeline().addValve(new ProblemJsonErrorReportValve());
      host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
    });
  }
}
