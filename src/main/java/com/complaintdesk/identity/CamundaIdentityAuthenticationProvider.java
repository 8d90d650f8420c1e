package com.complaintdesk.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials are checked against Camunda's identity service; groups become authorities.
 * Failed logins back off per user and client address ({@link LoginThrottle}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails web
        ? web.getRemoteAddress() : "unknown";
    if (userId == null || credentials == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    Optional<java.time.Duration> wait = throttle.waitBefore(userId, address);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, address);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    throttle.succeeded(userId, address);
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> new SimpleGrantedAuthority(g.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
