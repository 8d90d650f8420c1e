package com.complaintdesk.identity;

import com.complaintdesk.api.Problems;
import com.complaintdesk.identity.EngineApiAllowList.Rule;
import com.complaintdesk.identity.SubmissionCheck.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Least privilege on Camunda's engine API, enforced before the engine sees the call, for
 * {@code /engine-rest} (HTTP Basic) and the webapps' {@code <webapp path>/api/engine} (session login) alike:
 * <ul>
 *   <li>non-admin callers may make only the calls in {@link EngineApiAllowList}; anything else is 403 and
 *       never reaches the engine (a refused job execution must not cost the job a retry);</li>
 *   <li>a task completion or form submission may carry only the fields of the task's form
 *       ({@link SubmissionCheck}), a start form only the start form's fields and no business key;</li>
 *   <li>{@code camunda-admin} may call everything, but completing a task that no longer exists is a 404 for
 *       admin too;</li>
 *   <li>a 5xx answer carries an error id, never an exception class or SQL text.</li>
 * </ul>
 */
public class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
  /** where Camunda's webapps keep the logged-in user (AuthenticationUtil.CAM_AUTH_SESSION_KEY) */
  static final String WEBAPP_SESSION_KEY = "authenticatedUser";
  private static final java.util.regex.Pattern DEPLOYED_START_FORM =
      java.util.regex.Pattern.compile("/process-definition/(key/)?[^/]+/deployed-start-form");

  private final String webappEngineApi;
  private final SubmissionCheck submissions;
  private final EngineCallBodyCheck bodies;
  private final ObjectMapper json;
  private final EngineErrorAnswer errors;
  private final StartFormPreparer startForms;

  public EngineApiGuard(String webappPath, SubmissionCheck submissions, EngineCallBodyCheck bodies, ObjectMapper json,
      EngineErrorAnswer.EngineFacts facts, StartFormPreparer startForms) {
    this.startForms = startForms;
    this.errors = new EngineErrorAnswer(json, facts);
    this.webappEngineApi = webappPath + "/api/engine/engine/";
    this.submissions = submissions;
    this.bodies = bodies;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return enginePath(request).isEmpty();
  }

  /** The path below the engine root, e.g. {@code /task/42/complete}; empty for other requests. */
  Optional<String> enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String rest;
    if (uri.startsWith("/engine-rest/engine/")) {
      rest = afterEngineName(uri.substring("/engine-rest/engine/".length()));
    } else if (uri.equals("/engine-rest") || uri.startsWith("/engine-rest/")) {
      rest = uri.substring("/engine-rest".length());
    } else if (uri.startsWith(webappEngineApi)) {
      rest = afterEngineName(uri.substring(webappEngineApi.length()));
    } else {
      return Optional.empty();
    }
    if (rest.length() > 1 && rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return Optional.of(rest);
  }

  private static String afterEngineName(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? "" : path.substring(slash);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Caller> caller = caller(request);
    if (caller.isEmpty()) {
      // not logged in: Spring Security or the webapps' own filter answer 401
      chain.doFilter(request, response);
      return;
    }
    Caller user = caller.get();
    String path = enginePath(request).orElseThrow();
    Optional<Rule> rule = user.isAdmin() ? EngineApiAllowList.forAdmin(request.getMethod(), path)
        : EngineApiAllowList.find(request.getMethod(), path, user.groups(), user.id());
    if (rule.isEmpty()) {
      LOG.warn("Refused engine API call {} {} by {} (groups {}): not on the allow-list", request.getMethod(), path,
          user.id(), user.groups());
      write(response, HttpStatus.FORBIDDEN, "Not allowed",
          "Your groups may not call " + request.getMethod() + " " + path + " of the engine API");
      return;
    }
    HttpServletRequest checked = request;
    EngineApiAllowList.BodyCheck bodyCheck = rule.get().bodyCheck();
    if (bodyCheck != EngineApiAllowList.BodyCheck.NONE) {
      CachedBodyRequest cached = new CachedBodyRequest(request);
      Optional<Refusal> refusal = encoded(request).or(() -> bodyCheck == EngineApiAllowList.BodyCheck.DEPLOYMENT
          ? DeploymentUploadCheck.check(cached.body(), request.getContentType())
          : bodyCheck.isForm()
          ? submissions.check(bodyCheck, path, cached.body(), user.id(), List.copyOf(user.groups()), user.isAdmin())
          : bodies.check(bodyCheck, path, cached.body(), user.id(), List.copyOf(user.groups())));
      if (refusal.isPresent()) {
        LOG.info("Refused {} {} by {}: {}", request.getMethod(), path, user.id(), refusal.get().detail());
        write(response, refusal.get().status(), refusal.get().title(), refusal.get().detail());
        return;
      }
      checked = cached;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(checked, buffered);
    } finally {
      // no exception class or SQL text reaches a client: the log has it under the error id
      Optional<EngineErrorAnswer.Answer> answer = errors.replace(buffered.getStatus(),
          buffered.getContentAsByteArray(), request.getMethod(), path, user.id());
      Optional<byte[]> prepared = answer.isPresent() || buffered.getStatus() != 200
          || !"GET".equals(request.getMethod()) || !DEPLOYED_START_FORM.matcher(path).matches() ? Optional.empty()
          : startForms.prepare(buffered.getContentAsByteArray(), user.id());
      if (prepared.isPresent()) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(prepared.get());
      }
      if (answer.isPresent()) {
        buffered.resetBuffer();
        buffered.setStatus(answer.get().status().value());
        buffered.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(buffered.getOutputStream(), answer.get().problem());
      }
      buffered.copyBodyToResponse();
    }
  }

  /** A checked body must be the body the engine reads: no compressed or otherwise encoded bodies. */
  private static Optional<Refusal> encoded(HttpServletRequest request) {
    String encoding = request.getHeader("Content-Encoding");
    return encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity") ? Optional.empty()
        : Refusal.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content encoding",
            "Send this request's body uncompressed (Content-Encoding " + encoding + " is not accepted)");
  }

  private Optional<Caller> caller(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.startsWith("/engine-rest")) {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
        return Optional.empty();
      }
      return Optional.of(new Caller(auth.getName(),
          Set.copyOf(auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())));
    }
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(WEBAPP_SESSION_KEY) instanceof Authentications all)) {
      return Optional.empty();
    }
    return all.getAuthentications().stream().findFirst()
        .map(a -> new Caller(a.getName(), a.getGroupIds() == null ? Set.of() : Set.copyOf(a.getGroupIds())));
  }

  private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
    ProblemDetail problem = Problems.problem(status, title, detail);
    // Camunda's clients (Tasklist) show an error's "message"
    problem.setProperty("message", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  record Caller(String id, Set<String> groups) {

    boolean isAdmin() {
      return groups.contains(DeskGroups.ADMIN);
    }
  }
}
