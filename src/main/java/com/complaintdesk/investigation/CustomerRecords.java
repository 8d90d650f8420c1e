package com.complaintdesk.investigation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The CRM side of an investigation. A real CRM adapter implements this; the process does not change. */
public interface CustomerRecords {

  Optional<CustomerInfo> findCustomer(String customerId);

  /** The latest {@code limit} contacts, newest first. */
  List<ContactInfo> contactHistory(String customerId, int limit);

  /** {@code language}: the language the customer reads (a tag such as "de"), or null when not known. */
  record CustomerInfo(String id, String name, String email, String tier, String language) {}

  record ContactInfo(Instant at, String channel, String summary) {}
}
