package com.complaintdesk.complaint;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The words of each complaint's description (table {@code complaint_search_term}), written once at intake. */
@Repository
public class ComplaintSearchIndex {

  private final JdbcTemplate jdbc;

  public ComplaintSearchIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void index(String complaintId, String description) {
    List<Object[]> rows = SearchTerms.of(description).stream().map(term -> new Object[] {term, complaintId}).toList();
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO complaint_search_term (term, complaint_id) VALUES (?, ?)", rows);
    }
  }
}
