package com.complaintdesk.reporting;

import static com.complaintdesk.complaint.Timestamps.of;
import static com.complaintdesk.complaint.Timestamps.toInstant;

import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.complaint.Overdue;
import com.complaintdesk.identity.ReadScope;
import com.complaintdesk.complaint.SearchTerms;
import com.complaintdesk.reporting.ComplaintListQuery.SearchWord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaint list's one SQL query: each filter is a condition an index of migration V3 answers, the free
 * text is looked up in the word index, and the page is read in index order with OFFSET/FETCH (no count).
 */
@Repository
public class ComplaintListRepository {

  static final int FREQUENT = 2_000;
  private static final String OPEN_AT_A_LEVEL = "'" + Overdue.OPEN_AT_A_LEVEL.name() + "'";

  private final JdbcClient jdbc;

  public ComplaintListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** At most {@code limit} rows from the query's page offset on. */
  public List<ListedComplaint> find(ComplaintListQuery query, ReadScope scope, Instant now, int limit) {
    Statement statement = statement(query, scope, now, limit);
    return jdbc.sql(statement.sql()).params(statement.parameters())
        .query((rs, row) -> new ListedComplaint(rs.getString("id"), rs.getString("customer_id"),
            rs.getString("customer_name"), rs.getString("customer_email"), rs.getString("category"),
            rs.getString("priority"), rs.getObject("escalation_level", Integer.class),
            ComplaintStatus.valueOf(rs.getString("status")), toInstant(rs.getTimestamp("level_due_at")),
            toInstant(rs.getTimestamp("created_at"))))
        .list();
  }

  /** The SQL and its parameters (public for the test that reads the database's plan of it). */
  public Statement statement(ComplaintListQuery query, ReadScope scope, Instant now, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    in(where, params, "c.status", "status", query.statuses());
    in(where, params, "c.escalation_level", "level", query.levels());
    in(where, params, "c.priority_rank", "priority", query.priorityRanks());
    in(where, params, "c.category", "category", query.categories());
    equal(where, params, "c.customer_id", "customerId", query.customerId());
    equal(where, params, "c.customer_email_lower", "customerEmail", query.customerEmail());
    if (query.overdue() != null) {
      params.put("now", of(now));
      where.add(query.overdue()
          ? "c.status = " + OPEN_AT_A_LEVEL + " AND c.level_due_at < :now"
          : "(c.status <> " + OPEN_AT_A_LEVEL + " OR c.level_due_at IS NULL OR c.level_due_at >= :now)");
    }
    if (query.breached() != null) {
      where.add(query.breached() ? DeadlineStanding.BREACHED_SQL : "NOT " + DeadlineStanding.BREACHED_SQL);
    }
    if (query.atRisk() != null) {
      params.put("now", of(now));
      where.add(query.atRisk() ? DeadlineStanding.AT_RISK_SQL : "NOT " + DeadlineStanding.AT_RISK_SQL);
    }
    if (query.createdFrom() != null) {
      where.add("c.created_at >= :createdFrom");
      params.put("createdFrom", of(query.createdFrom()));
    }
    if (query.createdTo() != null) {
      where.add("c.created_at < :createdTo");
      params.put("createdTo", of(query.createdTo()));
    }
    // the rarest word, unless it is frequent too, fetches its complaints from the word index and keeps those that
    // have the other words too; when every word is frequent, each is checked on the complaints read in the page's
    // order (H2 would otherwise fetch and sort tens of thousands of rows; PostgreSQL plans both forms alike)
    List<SearchWord> words = query.words();
    int rarest = -1;
    int fewest = FREQUENT;
    for (int i = 0; i < words.size(); i++) {
      int found = countUpToFrequent(words.get(i), i, params);
      if (found <= fewest) {
        rarest = i;
        fewest = found;
      }
    }
    if (rarest >= 0) {
      StringBuilder in = new StringBuilder("c.id IN (SELECT t.complaint_id FROM complaint_search_term t WHERE "
          + term(words.get(rarest), rarest, "t", params));
      for (int i = 0; i < words.size(); i++) {
        if (i != rarest) {
          in.append(" AND EXISTS (SELECT 1 FROM complaint_search_term t").append(i).append(" WHERE t").append(i)
              .append(".complaint_id = t.complaint_id AND ").append(term(words.get(i), i, "t" + i, params)).append(')');
        }
      }
      where.add(in.append(')').toString());
    } else {
      for (int i = 0; i < words.size(); i++) {
        where.add("EXISTS (SELECT 1 FROM complaint_search_term t WHERE t.complaint_id = c.id AND "
            + term(words.get(i), i, "t", params) + ")");
      }
    }
    if (!scope.all()) {
      where.add(scope.condition());
      params.putAll(scope.parameters());
    }
    params.put("offset", query.page() * query.size());
    params.put("limit", limit);
    String sql = """
        SELECT c.id, c.customer_id, c.customer_name, c.customer_email, c.category, c.priority, c.escalation_level,
               c.status, c.level_due_at, c.created_at
          FROM complaint c
        """ + (where.isEmpty() ? "" : " WHERE " + String.join("\n   AND ", where))
        + "\n ORDER BY " + query.sort().field().orderBy(query.sort().descending())
        + "\n OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
    return new Statement(sql, params);
  }

  /** How many entries of the word index match, counted up to one more than {@value #FREQUENT}. */
  private int countUpToFrequent(SearchWord word, int i, Map<String, Object> params) {
    Map<String, Object> own = new LinkedHashMap<>();
    String term = term(word, i, "t", own);
    params.putAll(own);
    return jdbc.sql("SELECT COUNT(*) FROM (SELECT t.complaint_id FROM complaint_search_term t WHERE " + term
            + " FETCH FIRST " + (FREQUENT + 1) + " ROWS ONLY) f")
        .params(own).query(Integer.class).single();
  }

  /** A word, or (three or more plain letters or digits) every word starting with it: a range on the index. */
  private static String term(SearchWord word, int i, String alias, Map<String, Object> params) {
    params.put("word" + i, word.word());
    if (!word.prefix()) {
      return alias + ".term = :word" + i;
    }
    String upper = SearchTerms.upperBound(word.word());
    if (upper == null) {
      return alias + ".term >= :word" + i;
    }
    params.put("upper" + i, upper);
    return alias + ".term >= :word" + i + " AND " + alias + ".term < :upper" + i;
  }

  private static void in(List<String> where, Map<String, Object> params, String column, String name, List<?> values) {
    if (values != null && !values.isEmpty()) {
      where.add(column + " IN (:" + name + ")");
      params.put(name, values);
    }
  }

  private static void equal(List<String> where, Map<String, Object> params, String column, String name, String value) {
    if (value != null) {
      where.add(column + " = :" + name);
      params.put(name, value);
    }
  }

  public record Statement(String sql, Map<String, Object> parameters) {}

  /** A complaint as the list reads it from the complaint table. */
  public record ListedComplaint(String id, String customerId, String customerName, String customerEmail,
      String category, String priority, Integer level, ComplaintStatus status, Instant levelDueAt,
      Instant createdAt) {}
}
