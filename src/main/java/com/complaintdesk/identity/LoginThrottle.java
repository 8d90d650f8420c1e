package com.complaintdesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Back-off after failed logins, per user and client address and per client address, with a cap: never a
 * permanent lock, and failures from one address never slow down the same user elsewhere, so strangers
 * cannot lock out {@code admin}. The first few failures cost nothing (typos). Replaces the engine's own
 * throttling, which locks a user for everyone and, after ten failures, for good.
 * In memory per node: a cluster of n nodes allows n times the attempts.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  static final int FREE_FAILURES_PER_USER = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration MAX_BACK_OFF_PER_USER = Duration.ofMinutes(1);
  static final Duration MAX_BACK_OFF_PER_ADDRESS = Duration.ofMinutes(5);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private final Cache<String, Failures> failures = Caffeine.newBuilder()
      .expireAfterWrite(FORGET_AFTER).maximumSize(100_000).build();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this client must wait before trying this user again, if at all. */
  public Optional<Duration> waitBefore(String userId, String address) {
    Instant now = clock.instant();
    Instant until = later(blockedUntil(userKey(userId, address)), blockedUntil(addressKey(address)));
    return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String userId, String address) {
    record(userKey(userId, address), FREE_FAILURES_PER_USER, MAX_BACK_OFF_PER_USER,
        "user '" + userId + "' from " + address);
    record(addressKey(address), FREE_FAILURES_PER_ADDRESS, MAX_BACK_OFF_PER_ADDRESS, "address " + address);
  }

  public void succeeded(String userId, String address) {
    failures.invalidate(userKey(userId, address));
  }

  private void record(String key, int free, Duration cap, String who) {
    Instant now = clock.instant();
    Failures updated = failures.asMap().compute(key, (k, f) -> {
      int count = f == null ? 1 : f.count() + 1;
      if (count <= free) {
        return new Failures(count, null);
      }
      long seconds = Math.min(cap.toSeconds(), 1L << Math.min(count - free - 1, 20));
      return new Failures(count, now.plusSeconds(seconds));
    });
    if (updated.blockedUntil() != null) {
      LOG.warn("Login back-off for {}: {} failed attempts, next attempt allowed at {}", who, updated.count(),
          updated.blockedUntil());
    }
  }

  private Instant blockedUntil(String key) {
    Failures f = failures.getIfPresent(key);
    return f == null ? null : f.blockedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static String userKey(String userId, String address) {
    return "u:" + userId + "|" + address;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  record Failures(int count, Instant blockedUntil) {}
}
