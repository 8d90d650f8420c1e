package com.complaintdesk.reporting;

import com.complaintdesk.complaint.Timestamps;
import com.complaintdesk.reporting.EscalationReport.Durations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs of the complaints received in a period. Every query starts from the complaints' creation date
 * (indexed) and reaches the other tables by complaint id (indexed): a handful of aggregates, whatever the
 * size of the tables.
 */
@Service
public class EscalationReportService {

  private static final String RECEIVED = "FROM complaint c WHERE c.created_at >= :from AND c.created_at < :to";
  private static final String RECEIVED_AND = " AND c.created_at >= :from AND c.created_at < :to";
  // seconds from receipt to the resolution decision; EXTRACT(EPOCH ...) reads the same on H2 2.x and PostgreSQL
  private static final String SECONDS_TO_RESOLUTION =
      "EXTRACT(EPOCH FROM r.decided_at) - EXTRACT(EPOCH FROM c.created_at)";
  private static final String PERCENTILES = "COUNT(*) AS n,"
      + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + SECONDS_TO_RESOLUTION + ") AS median,"
      + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + SECONDS_TO_RESOLUTION + ") AS p90";
  private static final int TOP_ISSUES = 10;
  // a complaint not upheld is answered, not resolved: it counts apart (notUpheld), never in resolved or its times
  private static final String RESOLVED_ONLY = "r.outcome = 'RESOLVED'";

  private final JdbcClient jdbc;

  public EscalationReportService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public EscalationReport report(ReportPeriod period) {
    Map<Integer, Long> highest = new TreeMap<>();
    long received = 0;
    for (Map.Entry<Integer, Long> level : intCounts(period,
        "SELECT c.escalation_level AS k, COUNT(*) AS n " + RECEIVED + " GROUP BY c.escalation_level").entrySet()) {
      received += level.getValue();
      if (level.getKey() != null) {
        highest.put(level.getKey(), level.getValue());
      }
    }
    Steps steps = steps(period);
    long level4 = highest.getOrDefault(4, 0L);
    double level4Rate = share(level4, received);

    Map<Integer, Durations> byLevel = new TreeMap<>();
    query(period, "SELECT r.escalation_level AS k, " + PERCENTILES
            + " FROM complaint c JOIN resolution r ON r.complaint_id = c.id WHERE " + RESOLVED_ONLY + RECEIVED_AND
            + " GROUP BY r.escalation_level",
        rs -> byLevel.put(rs.getInt("k"), durations(rs)));
    Durations overall = jdbc.sql("SELECT " + PERCENTILES
            + " FROM complaint c JOIN resolution r ON r.complaint_id = c.id WHERE " + RESOLVED_ONLY + RECEIVED_AND)
        .param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query((rs, row) -> durations(rs)).single();
    Map<Integer, Long> resolvedByLevel = new TreeMap<>();
    byLevel.forEach((level, d) -> resolvedByLevel.put(level, d.resolved()));
    Map<Integer, Long> notUpheldByLevel = new TreeMap<>(intCounts(period,
        "SELECT r.escalation_level AS k, COUNT(*) AS n FROM complaint c JOIN resolution r ON r.complaint_id = c.id"
            + " WHERE r.outcome = 'NOT_UPHELD'" + RECEIVED_AND + " GROUP BY r.escalation_level"));

    Map<Integer, Long> breaches = new TreeMap<>();
    long[] reminders = {0};
    query(period, "SELECT a.kind, a.escalation_level, COUNT(*) AS n FROM complaint c"
            + " JOIN complaint_alert a ON a.complaint_id = c.id WHERE 1 = 1" + RECEIVED_AND
            + " GROUP BY a.kind, a.escalation_level",
        rs -> {
          if ("BREACH".equals(rs.getString("kind"))) {
            breaches.put(rs.getInt("escalation_level"), rs.getLong("n"));
          } else if ("REMINDER".equals(rs.getString("kind"))) {
            reminders[0] += rs.getLong("n");
          }
        });

    return new EscalationReport(new EscalationReport.Period(period.from(), period.to()), received, received, highest,
        steps.byReason(), new EscalationReport.Level4(level4, level4Rate, steps.level4ByReason(),
            stringCounts(period, "SELECT m.channel AS k, COUNT(DISTINCT c.id) AS n FROM complaint c"
                + " JOIN communication m ON m.complaint_id = c.id WHERE m.kind = 'SELF_ESCALATION'"
                + " AND m.id = (SELECT MIN(f.id) FROM communication f WHERE f.complaint_id = c.id"
                + " AND f.kind = 'SELF_ESCALATION')"
                + " AND EXISTS (SELECT 1 FROM escalation_step s WHERE s.complaint_id = c.id"
                + " AND s.reason = 'CUSTOMER_SELF_ESCALATED')" + RECEIVED_AND
                + " GROUP BY m.channel ORDER BY m.channel")),
        overall.resolved(), resolvedByLevel, notUpheldByLevel.values().stream().mapToLong(Long::longValue).sum(),
        notUpheldByLevel, share(resolvedByLevel.getOrDefault(1, 0L), overall.resolved()),
        level4Rate, breaches, reminders[0], new EscalationReport.TimeToResolution(overall, byLevel),
        satisfaction(period), topIssues(period), new TreeMap<>(intCounts(period, "SELECT s.to_level AS k,"
            + " COUNT(DISTINCT c.id) AS n FROM complaint c JOIN escalation_step s ON s.complaint_id = c.id WHERE 1 = 1"
            + RECEIVED_AND + " GROUP BY s.to_level")));
  }

  private record Steps(Map<String, Long> byReason, Map<String, Long> level4ByReason) {}

  /** Moves up a level by reason; level 4 entries by reason, a start at level 4 included. */
  private Steps steps(ReportPeriod period) {
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> level4ByReason = new TreeMap<>();
    query(period, "SELECT s.reason, s.to_level, CASE WHEN s.from_level IS NULL THEN 1 ELSE 0 END AS first_level,"
            + " COUNT(*) AS n FROM complaint c JOIN escalation_step s ON s.complaint_id = c.id WHERE 1 = 1"
            + RECEIVED_AND + " GROUP BY s.reason, s.to_level, CASE WHEN s.from_level IS NULL THEN 1 ELSE 0 END",
        rs -> {
          long n = rs.getLong("n");
          if (rs.getInt("first_level") == 0) {
            byReason.merge(rs.getString("reason"), n, Long::sum);
          }
          if (rs.getInt("to_level") == 4) {
            level4ByReason.merge(rs.getString("reason"), n, Long::sum);
          }
        });
    return new Steps(byReason, level4ByReason);
  }

  private EscalationReport.Satisfaction satisfaction(ReportPeriod period) {
    return jdbc.sql("SELECT COUNT(*) AS sent, COUNT(s.score) AS answered,"
            + " AVG(CAST(s.score AS DOUBLE PRECISION)) AS average"
            + " FROM complaint c JOIN survey s ON s.complaint_id = c.id WHERE 1 = 1" + RECEIVED_AND)
        .param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query((rs, row) -> new EscalationReport.Satisfaction(rs.getLong("sent"), rs.getLong("answered"),
            share(rs.getLong("answered"), rs.getLong("sent")), (Double) number(rs, "average")))
        .single();
  }

  private List<EscalationReport.Issue> topIssues(ReportPeriod period) {
    return jdbc.sql("SELECT c.product_sku, c.category, COUNT(*) AS n " + RECEIVED
            + " GROUP BY c.product_sku, c.category HAVING COUNT(*) >= 2"
            + " ORDER BY n DESC, c.product_sku NULLS LAST, c.category"
            + " FETCH FIRST " + TOP_ISSUES + " ROWS ONLY")
        .param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query((rs, row) -> new EscalationReport.Issue(rs.getString("product_sku"), rs.getString("category"),
            rs.getLong("n")))
        .list();
  }

  private static Durations durations(ResultSet rs) throws SQLException {
    return new Durations(rs.getLong("n"), (Double) number(rs, "median"), (Double) number(rs, "p90"));
  }

  private static Object number(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private void query(ReportPeriod period, String sql, RowHandler handler) {
    jdbc.sql(sql).param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query(rs -> {
          handler.handle(rs);
        });
  }

  private Map<Integer, Long> intCounts(ReportPeriod period, String sql) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    query(period, sql, rs -> counts.put(rs.getObject("k", Integer.class), rs.getLong("n")));
    return counts;
  }

  private Map<String, Long> stringCounts(ReportPeriod period, String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    query(period, sql, rs -> counts.put(rs.getString("k"), rs.getLong("n")));
    return counts;
  }
}
