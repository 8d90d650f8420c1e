package com.complaintdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A complaint's attachments open from the task form's links with the agent's Tasklist login: on these paths only,
 * a request without Basic credentials is the user of the Camunda webapps' session, with their groups read afresh
 * (a user removed or moved since logging in gets what they have now). An upload in the session also needs the
 * header {@value #CSRF_HEADER}: a page of another site cannot send it without the browser asking first, which this
 * app never allows.
 */
public class WebappSessionForAttachments extends OncePerRequestFilter {

  public static final String CSRF_HEADER = "X-Requested-By";
  private static final Pattern PATHS = Pattern.compile("/api/complaints/[^/]+/attachments(/[^/]+)?");

  private final IdentityService identityService;

  public WebappSessionForAttachments(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || !PATHS.matcher(uri).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    boolean reads = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (session != null && (reads || request.getHeader(CSRF_HEADER) != null)
        && session.getAttribute(EngineApiGuard.WEBAPP_SESSION_KEY) instanceof Authentications all) {
      all.getAuthentications().stream().findFirst()
          .filter(user -> AsUser.system(identityService,
              () -> identityService.createUserQuery().userId(user.getName()).count() == 1))
          .ifPresent(user -> {
            List<SimpleGrantedAuthority> groups = AsUser.system(identityService, () -> identityService
                .createGroupQuery().groupMember(user.getName()).list().stream()
                .map(g -> new SimpleGrantedAuthority(g.getId())).toList());
            SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, groups));
          });
    }
    chain.doFilter(request, response);
  }
}
