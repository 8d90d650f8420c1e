package com.complaintdesk.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this client: answered 429 with Retry-After, the password is not even checked. */
public class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
    this.retryAfter = retryAfter;
  }

  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
