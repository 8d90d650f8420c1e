package com.complaintdesk.identity;

import com.complaintdesk.api.ApiExceptionHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The app's API and Camunda's REST API take HTTP Basic against Camunda's users. The webapps
 * (Tasklist, Cockpit, Admin) keep their own session login and CSRF protection.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService, ObjectMapper objectMapper) throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"complaint-desk\"");
      writeProblem(objectMapper, response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send HTTP Basic credentials of a Complaint Desk user");
    };
    AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(objectMapper, response,
        HttpStatus.FORBIDDEN, "Not allowed", "Your groups do not allow this request");
    return http
        // path matchers, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's
        .securityMatcher(new OrRequestMatcher(path(null, "/api/**"), path(null, "/engine-rest/**")))
        .authorizeHttpRequests(auth -> auth
            // the customer's single-use survey token is the credential
            .requestMatchers(path(HttpMethod.POST, "/api/surveys/*")).permitAll()
            .requestMatchers(path(null, "/api/**")).hasAnyAuthority(DeskGroups.API_GROUPS)
            .anyRequest().authenticated())
        .authenticationProvider(provider)
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappsAndEverythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // the Camunda webapps bring their own CSRF filter and session authentication
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  private static void writeProblem(ObjectMapper objectMapper, jakarta.servlet.http.HttpServletResponse response,
      HttpStatus status, String title, String detail) throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(status, title, detail));
  }
}
