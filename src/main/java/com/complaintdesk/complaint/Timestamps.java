package com.complaintdesk.complaint;

import java.sql.Timestamp;
import java.time.Instant;

/** JDBC drivers disagree on {@link Instant}; {@link Timestamp} works on H2 and PostgreSQL alike. */
public final class Timestamps {

  private Timestamps() {}

  public static Timestamp of(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  public static Instant toInstant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
