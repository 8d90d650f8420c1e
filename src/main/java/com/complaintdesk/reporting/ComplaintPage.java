package com.complaintdesk.reporting;

import java.util.List;

/**
 * A page of the complaint list.
 *
 * @param page zero-based
 * @param hasMore whether a next page has at least one complaint (no total: counting 100,000 rows on every
 *     request costs more than the page itself)
 */
public record ComplaintPage(List<ComplaintListRow> items, int page, int size, boolean hasMore) {}
