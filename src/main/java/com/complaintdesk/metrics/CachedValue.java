package com.complaintdesk.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A value read at most once per time-to-live, however often it is scraped. */
final class CachedValue<T> {

  private final Supplier<T> source;
  private final Duration timeToLive;
  private final Clock clock;
  private T value;
  private Instant readAt;

  CachedValue(Supplier<T> source, Duration timeToLive, Clock clock) {
    this.source = source;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(timeToLive))) {
      value = source.get();
      readAt = now;
    }
    return value;
  }
}
