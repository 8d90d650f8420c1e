package com.complaintdesk.identity;

import com.complaintdesk.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** The webapps' login form gets the same back-off as HTTP Basic ({@link LoginThrottle}). */
public class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private final WebappLogin login;
  private final LoginThrottle throttle;
  private final ObjectMapper json;

  public WebappLoginThrottleFilter(String webappPath, LoginThrottle throttle, ObjectMapper json) {
    this.login = new WebappLogin(webappPath);
    this.throttle = throttle;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !login.isLogin(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getParameter("username");
    String address = request.getRemoteAddr();
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Duration> wait = throttle.waitBefore(user, address);
    if (wait.isPresent()) {
      LoginThrottledException throttled = new LoginThrottledException(wait.get());
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(),
          Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", throttled.getMessage()));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.OK.value()) {
      throttle.succeeded(user, address);
    } else if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()
        || response.getStatus() == HttpStatus.FORBIDDEN.value()) {
      throttle.failed(user, address);
    }
  }
}
