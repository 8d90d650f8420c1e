package com.complaintdesk.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EscalationReportService {

  private final JdbcClient jdbc;

  public EscalationReportService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public EscalationReport report() {
    long complaints = jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    Map<Integer, Long> highest = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT top_level, COUNT(*) AS n FROM
              (SELECT complaint_id, MAX(to_level) AS top_level FROM escalation_step GROUP BY complaint_id) t
            GROUP BY top_level ORDER BY top_level
            """)
        .query((rs, row) -> highest.put(rs.getInt("top_level"), rs.getLong("n"))).list();
    Map<String, Long> byReason = counts("""
        SELECT reason AS k, COUNT(*) AS n FROM escalation_step WHERE from_level IS NOT NULL GROUP BY reason ORDER BY reason
        """);
    Map<String, Long> level4ByReason = counts("""
        SELECT reason AS k, COUNT(*) AS n FROM escalation_step WHERE to_level = 4 GROUP BY reason ORDER BY reason
        """);
    Map<String, Long> channels = counts("""
        SELECT channel AS k, COUNT(*) AS n FROM communication WHERE kind = 'SELF_ESCALATION' GROUP BY channel ORDER BY channel
        """);
    long level4 = highest.getOrDefault(4, 0L);
    return new EscalationReport(complaints, highest, byReason,
        new EscalationReport.Level4(level4, complaints == 0 ? 0 : (double) level4 / complaints, level4ByReason, channels));
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
    return counts;
  }
}
