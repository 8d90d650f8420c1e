package com.complaintdesk.identity;

import static com.complaintdesk.identity.DeskGroups.ADMIN;
import static com.complaintdesk.identity.DeskGroups.CUSTOMER_CHANNEL;
import static com.complaintdesk.identity.DeskGroups.FRONT_LINE;
import static com.complaintdesk.identity.DeskGroups.OPERATIONS;
import static com.complaintdesk.identity.DeskGroups.SUPERVISORS;

import com.complaintdesk.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The app's API, its documentation, metrics and Camunda's REST API take HTTP Basic against Camunda's
 * users; each call is allowed to the groups of the role matrix (docs/security.md). The webapps
 * (Tasklist, Cockpit, Admin) keep their own session login and CSRF protection; their engine API and the
 * engine REST API pass the {@link EngineApiGuard}'s allow-list.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

  static final String[] RESOLVERS = groups(DeskGroups.RESOLVING, List.of(ADMIN));
  /**
   * The list is for staff. An integration reads the complaints it submitted one by one (it has their ids from
   * the intake's answer); a list would let one machine credential page through every customer's address.
   */
  static final String[] LIST_READERS = groups(DeskGroups.WORKING, List.of(OPERATIONS, ADMIN));
  static final String[] READERS = groups(List.of(LIST_READERS), List.of(CUSTOMER_CHANNEL));
  /** evidence comes from those who work the complaint and from the integration that submitted it */
  static final String[] ATTACHERS = groups(DeskGroups.WORKING, List.of(CUSTOMER_CHANNEL, ADMIN));

  @SafeVarargs
  private static String[] groups(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).distinct().toArray(String[]::new);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper)
      throws Exception {
    AuthenticationEntryPoint unauthorized = (request, response, e) -> {
      if (e instanceof LoginThrottledException throttled) {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        writeProblem(objectMapper, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", e.getMessage());
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"complaint-desk\"");
      writeProblem(objectMapper, response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send HTTP Basic credentials of a Complaint Desk user");
    };
    AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(objectMapper, response,
        HttpStatus.FORBIDDEN, "Not allowed", "Your groups do not allow this request");
    return http
        // path matchers, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's
        .securityMatcher(new OrRequestMatcher(path(null, "/api/**"), path(null, "/engine-rest/**"),
            path(null, "/v3/api-docs/**"), path(null, "/v3/api-docs"), path(null, "/api-docs.html"),
            path(null, "/swagger-ui/**"), path(null, "/swagger-ui.html"), path(null, "/actuator/**"),
            path(null, "/dashboard/**"), path(null, "/dashboard")))
        .authorizeHttpRequests(auth -> auth
            // the customer's single-use survey token is the credential
            .requestMatchers(path(HttpMethod.POST, "/api/surveys/*")).permitAll()
            // the customer's upload link: its token is the credential too
            .requestMatchers(path(HttpMethod.POST, "/api/uploads/*")).permitAll()
            .requestMatchers(path(HttpMethod.GET, "/actuator/health"), path(HttpMethod.GET, "/actuator/health/**"))
                .permitAll()
            .requestMatchers(path(HttpMethod.POST, "/api/complaints")).hasAnyAuthority(FRONT_LINE, CUSTOMER_CHANNEL, ADMIN)
            .requestMatchers(path(HttpMethod.POST, "/api/complaints/*/events")).hasAnyAuthority(CUSTOMER_CHANNEL, ADMIN)
            .requestMatchers(path(HttpMethod.GET, "/api/complaints/*/offers")).hasAnyAuthority(RESOLVERS)
            .requestMatchers(path(HttpMethod.GET, "/api/complaints")).hasAnyAuthority(LIST_READERS)
            .requestMatchers(path(HttpMethod.POST, "/api/complaints/*/attachments")).hasAnyAuthority(ATTACHERS)
            .requestMatchers(path(HttpMethod.GET, "/api/complaints/*/attachments"),
                path(HttpMethod.GET, "/api/complaints/*/attachments/*")).hasAnyAuthority(READERS)
            .requestMatchers(path(HttpMethod.GET, "/api/complaints/*")).hasAnyAuthority(READERS)
            .requestMatchers(path(null, "/api/reports/**"), path(null, "/dashboard/**"), path(null, "/dashboard"))
                .hasAnyAuthority(SUPERVISORS, ADMIN)
            .requestMatchers(path(null, "/actuator/**")).hasAnyAuthority(ADMIN, OPERATIONS)
            .requestMatchers(path(HttpMethod.GET, "/api/models"), path(HttpMethod.GET, "/api/models/**"))
                .hasAnyAuthority(DeskGroups.ANALYSTS, ADMIN)
            .requestMatchers(path(HttpMethod.POST, "/api/models/migrations")).hasAnyAuthority(DeskGroups.ANALYSTS, ADMIN)
            .requestMatchers(path(HttpMethod.POST, "/api/policy/what-if"))
                .hasAnyAuthority(DeskGroups.ANALYSTS, SUPERVISORS, ADMIN)
            // the demo mailbox (demo profile only) shows customers' letters with their survey links
            .requestMatchers(path(null, "/api/demo/**")).hasAnyAuthority(ADMIN)
            .anyRequest().authenticated())
        // the provider is the one AuthenticationProvider bean, so Spring's global manager asks it; naming it here
        // as well made a second manager ask again, and every wrong password counted twice in the back-off
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new WebappSessionForAttachments(identityService), BasicAuthenticationFilter.class)
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

  /** After Spring Security, so that /engine-rest callers are known; the webapps' callers come from their session. */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath, SubmissionCheck submissions,
      EngineCallBodyCheck bodies, ObjectMapper objectMapper, IdentityService identityService,
      ManagementService managementService, TaskService taskService, RuntimeService runtimeService,
      CompletedTasks completedTasks, StartFormPreparer startForms) {
    EngineErrorAnswer.EngineFacts facts = new EngineErrorAnswer.EngineFacts(
        // still there and never failed: the 404 was a collision, not a failure of the job itself
        jobId -> AsUser.system(identityService, () -> managementService.createJobQuery().jobId(jobId).list().stream()
            .anyMatch(job -> job.getExceptionMessage() == null)),
        completedTasks::completed,
        (resource, id) -> AsUser.system(identityService, () -> switch (resource) {
          case "task" -> taskService.createTaskQuery().taskId(id).count() > 0;
          case "job" -> managementService.createJobQuery().jobId(id).count() > 0;
          case "process-instance" -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0;
          default -> true;
        }));
    FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
        new EngineApiGuard(webappPath, submissions, bodies, objectMapper, facts, startForms));
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginForPeopleOnly> webappLoginForPeopleOnly(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath, IdentityService identityService,
      ObjectMapper objectMapper) {
    FilterRegistrationBean<WebappLoginForPeopleOnly> registration = new FilterRegistrationBean<>(
        new WebappLoginForPeopleOnly(webappPath, identityService, objectMapper));
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    // after the login back-off: a throttled client learns nothing, and the refusal counts as a failed login
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 12);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OwnPageHeaders> ownPageHeaders() {
    FilterRegistrationBean<OwnPageHeaders> registration = new FilterRegistrationBean<>(new OwnPageHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath, LoginThrottle throttle,
      ObjectMapper objectMapper) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(webappPath, throttle, objectMapper));
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 11);
    return registration;
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  private static void writeProblem(ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status,
      String title, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), Problems.problem(status, title, detail));
  }
}
