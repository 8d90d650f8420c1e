package com.complaintdesk.identity;

import com.complaintdesk.api.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Integrations ({@code customer-channel}) call the API with their machine credential and never log into a
 * webapp: Camunda lets every user into Welcome, which would give the credential a browser session. Runs after
 * the login back-off, and tells only a caller with the right password why.
 */
public class WebappLoginForPeopleOnly extends OncePerRequestFilter {

  private final WebappLogin login;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public WebappLoginForPeopleOnly(String webappPath, IdentityService identityService, ObjectMapper json) {
    this.login = new WebappLogin(webappPath);
    this.identityService = identityService;
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
    String password = request.getParameter("password");
    // only with the right password: to anyone else an integration's account looks like any failed login
    if (user != null && password != null && integrationOnly(user) && identityService.checkPassword(user, password)) {
      Problems.write(response, json, HttpStatus.FORBIDDEN, "Not allowed",
          "This account is an integration's: it calls the API and does not log into the webapps");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean integrationOnly(String userId) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).collect(Collectors.toSet());
    return groups.contains(DeskGroups.CUSTOMER_CHANNEL) && !groups.contains(DeskGroups.ADMIN)
        && DeskGroups.WORKING_GROUPS.stream().noneMatch(g -> groups.contains(g.id()))
        && !groups.contains(DeskGroups.OPERATIONS);
  }
}
