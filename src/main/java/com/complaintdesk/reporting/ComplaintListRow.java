package com.complaintdesk.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A complaint in the list. Every field is always present (null when unknown), so a table can be filled column
 * by column.
 *
 * @param levelDueAt the current level's deadline
 * @param overdue that deadline has passed while the complaint is being resolved
 * @param overdueSince that deadline, when overdue
 * @param assignee who has claimed the complaint's open task; null when nobody has or no task is open
 * @param breached a level's deadline passed while it was open; {@code breachedLevels} which ({@link DeadlineStanding})
 * @param atRisk the current level's reminder went out and its deadline is still ahead
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ComplaintListRow(
    String id,
    ComplaintView.Customer customer,
    String category,
    String priority,
    Integer level,
    String status,
    Instant levelDueAt,
    boolean overdue,
    Instant overdueSince,
    String assignee,
    Instant createdAt,
    boolean breached,
    List<Integer> breachedLevels,
    boolean atRisk) {}
