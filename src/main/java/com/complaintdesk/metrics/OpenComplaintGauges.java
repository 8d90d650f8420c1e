package com.complaintdesk.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Complaints being worked at each level now: one indexed count (status, level), read at most every 5 s. */
@Component
public class OpenComplaintGauges {

  public OpenComplaintGauges(MeterRegistry registry, JdbcClient jdbc) {
    Supplier<Map<Integer, Long>> open = ScrapeCache.of(() -> {
      Map<Integer, Long> counts = new HashMap<>();
      jdbc.sql("""
              SELECT escalation_level, COUNT(*) AS n FROM complaint
               WHERE status IN ('IN_RESOLUTION', 'AWAITING_CUSTOMER') GROUP BY escalation_level
              """)
          .query(rs -> {
            counts.put(rs.getInt("escalation_level"), rs.getLong("n"));
          });
      return counts;
    });
    for (int level = 1; level <= 4; level++) {
      int l = level;
      Gauge.builder("complaints.open", () -> open.get().getOrDefault(l, 0L))
          .description("Complaints being worked at a level (waiting for the customer included)")
          .tag("level", Integer.toString(level)).register(registry);
    }
  }
}
