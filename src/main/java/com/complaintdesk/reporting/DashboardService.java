package com.complaintdesk.reporting;

import com.complaintdesk.complaint.Overdue;
import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Time series and the overdue list of the dashboard: each an aggregate over an indexed range. */
@Service
public class DashboardService {

  static final int OVERDUE_SHOWN = 10;

  private final JdbcClient jdbc;

  public DashboardService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(ReportPeriod period, Instant now) {
    var breaches = jdbc.sql("""
            SELECT CAST(raised_at AS DATE) AS on_day, COUNT(*) AS n FROM complaint_alert
             WHERE raised_at >= :from AND raised_at < :to AND kind = 'BREACH'
             GROUP BY CAST(raised_at AS DATE) ORDER BY on_day
            """)
        .param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query((rs, row) -> new Dashboard.DayCount(rs.getDate("on_day").toLocalDate(), rs.getLong("n"))).list();
    var satisfaction = jdbc.sql("""
            SELECT CAST(answered_at AS DATE) AS on_day, AVG(CAST(score AS DOUBLE PRECISION)) AS average, COUNT(*) AS n
              FROM survey WHERE answered_at >= :from AND answered_at < :to AND score IS NOT NULL
             GROUP BY CAST(answered_at AS DATE) ORDER BY on_day
            """)
        .param("from", Timestamps.of(period.from())).param("to", Timestamps.of(period.to()))
        .query((rs, row) -> new Dashboard.DayScore(rs.getDate("on_day").toLocalDate(), rs.getDouble("average"),
            rs.getLong("n")))
        .list();
    // overdue as the complaint view and the list count it (complaint.Overdue)
    long overdue = jdbc.sql("SELECT COUNT(*) FROM complaint WHERE status = :open AND level_due_at < :now")
        .param("open", Overdue.OPEN_AT_A_LEVEL.name()).param("now", Timestamps.of(now)).query(Long.class).single();
    var earliest = jdbc.sql("""
            SELECT id, escalation_level, level_due_at, category, product_sku FROM complaint
             WHERE status = :open AND level_due_at < :now ORDER BY level_due_at, id
             FETCH FIRST %d ROWS ONLY
            """.formatted(OVERDUE_SHOWN))
        .param("open", Overdue.OPEN_AT_A_LEVEL.name()).param("now", Timestamps.of(now))
        .query((rs, row) -> new Dashboard.OverdueComplaint(rs.getString("id"), rs.getInt("escalation_level"),
            Timestamps.toInstant(rs.getTimestamp("level_due_at")), rs.getString("category"),
            rs.getString("product_sku")))
        .list();
    long breachedOpen = jdbc.sql("SELECT COUNT(*) FROM complaint c WHERE c.status NOT IN ('CLOSED', 'CANCELLED') AND "
        + DeadlineStanding.BREACHED_SQL).query(Long.class).single();
    long atRisk = jdbc.sql("SELECT COUNT(*) FROM complaint c WHERE " + DeadlineStanding.AT_RISK_SQL)
        .param("now", Timestamps.of(now)).query(Long.class).single();
    return new Dashboard(new EscalationReport.Period(period.from(), period.to()), breaches, satisfaction,
        new Dashboard.Overdue(overdue, earliest), new Dashboard.Standing(breachedOpen, atRisk));
  }
}
