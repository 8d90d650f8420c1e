package com.complaintdesk.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.function.Supplier;

/** A gauge's value read from the database at most once per {@link #TIME_TO_LIVE}, however often it is scraped. */
final class ScrapeCache {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

  private ScrapeCache() {}

  static <T> Supplier<T> of(Supplier<T> source) {
    LoadingCache<Boolean, T> cache = Caffeine.newBuilder().expireAfterWrite(TIME_TO_LIVE).maximumSize(1)
        .build(key -> source.get());
    return () -> cache.get(Boolean.TRUE);
  }
}
