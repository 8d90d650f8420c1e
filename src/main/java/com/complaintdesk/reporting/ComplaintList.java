package com.complaintdesk.reporting;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Overdue;
import com.complaintdesk.identity.ReadScope;
import com.complaintdesk.reporting.ComplaintListRepository.ListedComplaint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead's and operations' list: a page of the complaints the user may read, with overdue flag and assignee. */
@Service
public class ComplaintList {

  private final ComplaintListRepository complaints;
  private final OpenTaskAssignees assignees;
  private final EngineClock clock;

  public ComplaintList(ComplaintListRepository complaints, OpenTaskAssignees assignees, EngineClock clock) {
    this.complaints = complaints;
    this.assignees = assignees;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ComplaintPage page(ComplaintListQuery query, ReadScope scope) {
    Instant now = clock.now();
    List<ListedComplaint> found = complaints.find(query, scope, now, query.size() + 1);
    boolean hasMore = found.size() > query.size();
    List<ListedComplaint> page = hasMore ? found.subList(0, query.size()) : found;
    Map<String, String> assigned = assignees.of(page.stream().map(ListedComplaint::id).toList());
    return new ComplaintPage(page.stream().map(c -> row(c, assigned.get(c.id()), now)).toList(), query.page(),
        query.size(), hasMore);
  }

  private static ComplaintListRow row(ListedComplaint c, String assignee, Instant now) {
    return new ComplaintListRow(c.id(), new ComplaintView.Customer(c.customerId(), c.customerName(), c.customerEmail(), null),
        c.category(), c.priority(), c.level(), c.status().name(), c.levelDueAt(),
        Overdue.is(c.status(), c.levelDueAt(), now), Overdue.since(c.status(), c.levelDueAt(), now), assignee,
        c.createdAt());
  }
}
