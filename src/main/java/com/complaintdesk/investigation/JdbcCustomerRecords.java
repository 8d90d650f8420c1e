package com.complaintdesk.investigation;

import com.complaintdesk.complaint.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the CRM stand-in tables in the app's database. */
@Component
class JdbcCustomerRecords implements CustomerRecords {

  private final JdbcClient jdbc;

  JdbcCustomerRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CustomerInfo> findCustomer(String customerId) {
    return jdbc.sql("SELECT id, name, email, tier, language FROM customer WHERE id = ?").param(customerId)
        .query((rs, row) -> new CustomerInfo(rs.getString("id"), rs.getString("name"), rs.getString("email"),
            rs.getString("tier"), rs.getString("language")))
        .optional();
  }

  @Override
  public List<ContactInfo> contactHistory(String customerId, int limit) {
    return jdbc.sql("""
            SELECT contacted_at, channel, summary FROM customer_contact
             WHERE customer_id = ? ORDER BY contacted_at DESC FETCH FIRST ? ROWS ONLY
            """)
        .params(customerId, limit)
        .query((rs, row) -> new ContactInfo(Timestamps.toInstant(rs.getTimestamp("contacted_at")),
            rs.getString("channel"), rs.getString("summary")))
        .list();
  }
}
