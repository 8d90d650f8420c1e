package com.complaintdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  final MutableClock clock = new MutableClock();
  final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void typosCostNothingThenTheWaitDoublesUpToACap() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
      throttle.failed("admin", "10.0.0.9");
    }
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).isEmpty();
    throttle.failed("admin", "10.0.0.9");
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).contains(Duration.ofSeconds(1));
    throttle.failed("admin", "10.0.0.9");
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).contains(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      throttle.failed("admin", "10.0.0.9");
    }
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).contains(LoginThrottle.MAX_BACK_OFF_PER_USER);
    clock.advance(LoginThrottle.MAX_BACK_OFF_PER_USER);
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).as("never a permanent lock").isEmpty();
  }

  @Test
  void aStrangersFailuresNeverSlowDownTheSameUserElsewhere() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("admin", "203.0.113.66");
    }
    assertThat(throttle.waitBefore("admin", "203.0.113.66")).isPresent();
    assertThat(throttle.waitBefore("admin", "10.0.0.9")).isEmpty();
  }

  @Test
  void anAddressTryingManyUsersIsSlowedDownForAll() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS + 1; i++) {
      throttle.failed("user" + i, "203.0.113.66");
    }
    assertThat(throttle.waitBefore("someone-else", "203.0.113.66")).isPresent();
    assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isEmpty();
  }

  @Test
  void aSuccessfulLoginForgetsTheUsersFailures() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER + 2; i++) {
      throttle.failed("carla", "10.0.0.9");
    }
    clock.advance(Duration.ofSeconds(5));
    throttle.succeeded("carla", "10.0.0.9");
    throttle.failed("carla", "10.0.0.9");
    assertThat(throttle.waitBefore("carla", "10.0.0.9")).isEmpty();
  }

  static final class MutableClock extends Clock {

    private Instant now = Instant.parse("2026-11-23T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
