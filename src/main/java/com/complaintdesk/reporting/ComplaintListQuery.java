package com.complaintdesk.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One page of the complaint list, as asked for: every filter is optional (null or empty: not filtered), several
 * values of one filter are alternatives, different filters must all hold.
 */
public record ComplaintListQuery(
    List<String> statuses,
    List<Integer> levels,
    List<Integer> priorityRanks,
    List<String> categories,
    String customerId,
    String customerEmail,
    Boolean overdue,
    /* DeadlineStanding: a level's deadline passed while open; the current level's reminder went out */
    Boolean breached,
    Boolean atRisk,
    Instant createdFrom,
    Instant createdTo,
    List<SearchWord> words,
    Sort sort,
    int page,
    int size) {

  /** A word of the free-text search: the word itself, or any word starting with it. */
  public record SearchWord(String word, boolean prefix) {}

  public record Sort(SortField field, boolean descending) {}

  /** The sortable row fields. Ties are broken by creation time, then id, in the same direction. */
  public enum SortField {
    CREATED_AT("createdAt", "c.created_at", false),
    LEVEL_DUE_AT("levelDueAt", "c.level_due_at", true),
    PRIORITY("priority", "c.priority_rank", true),
    LEVEL("level", "c.escalation_level", true),
    ID("id", "c.id", false);

    private final String parameter;
    private final String column;
    private final boolean nullable;

    SortField(String parameter, String column, boolean nullable) {
      this.parameter = parameter;
      this.column = column;
      this.nullable = nullable;
    }

    public String parameter() {
      return parameter;
    }

    /**
     * A missing value sorts lowest (first ascending, last descending): the order the indexes keep on H2 and
     * PostgreSQL alike, so a page is read from the index in order.
     */
    String orderBy(boolean descending) {
      String direction = descending ? " DESC" : " ASC";
      return switch (this) {
        case ID -> column + direction;
        case CREATED_AT -> column + direction + ", c.id" + direction;
        default -> column + direction + (nullable ? (descending ? " NULLS LAST" : " NULLS FIRST") : "")
            + ", c.created_at" + direction + ", c.id" + direction;
      };
    }
  }
}
