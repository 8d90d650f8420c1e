package com.complaintdesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
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
 * Failed logins back off per user and client address ({@link LoginThrottle}). A successful check is
 * remembered for {@link #REMEMBER} (keyed by a hash of user and password, never the password itself), so
 * an integration sending the same credentials with every request costs no database round trips; a changed
 * password or group takes effect within that time.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final Duration REMEMBER = Duration.ofSeconds(60);

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final Cache<String, List<SimpleGrantedAuthority>> verified = Caffeine.newBuilder()
      .expireAfterWrite(REMEMBER).maximumSize(10_000).build();

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
    // the back-off first: a client that must wait learns nothing, not even whether a password is right
    Optional<Duration> wait = throttle.waitBefore(userId, address);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    String key = fingerprint(userId, credentials.toString());
    List<SimpleGrantedAuthority> remembered = verified.getIfPresent(key);
    if (remembered != null) {
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, remembered);
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, address);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    throttle.succeeded(userId, address);
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> new SimpleGrantedAuthority(g.getId()))
        .toList();
    // a user without groups is not remembered: during start-up the web server already answers while the seeders
    // are still adding memberships, and remembering "no groups" would refuse that user for a whole minute
    if (!groups.isEmpty()) {
      verified.put(key, groups);
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  private static String fingerprint(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((userId + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
