package com.complaintdesk.reporting;

import com.complaintdesk.escalation.ComplaintAlert;
import com.complaintdesk.escalation.ComplaintAlertRepository;
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
  private final ComplaintAlertRepository alerts;

  public ComplaintList(ComplaintListRepository complaints, OpenTaskAssignees assignees, EngineClock clock,
      ComplaintAlertRepository alerts) {
    this.alerts = alerts;
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
    List<String> ids = page.stream().map(ListedComplaint::id).toList();
    Map<String, String> assigned = assignees.of(ids);
    Map<String, List<ComplaintAlert>> alerted = alerts.findByComplaints(ids);
    return new ComplaintPage(page.stream().map(c -> row(c, assigned.get(c.id()),
        DeadlineStanding.of(alerted.getOrDefault(c.id(), List.of()), c.status(), c.level(), c.levelDueAt(), now), now))
        .toList(), query.page(),
        query.size(), hasMore);
  }

  private static ComplaintListRow row(ListedComplaint c, String assignee, DeadlineStanding standing, Instant now) {
    return new ComplaintListRow(c.id(), new ComplaintView.Customer(c.customerId(), c.customerName(), c.customerEmail(), null),
        c.category(), c.priority(), c.level(), c.status().name(), c.levelDueAt(),
        Overdue.is(c.status(), c.levelDueAt(), now), Overdue.since(c.status(), c.levelDueAt(), now), assignee,
        c.createdAt(), standing.breached(), standing.breachedLevels(), standing.atRisk());
  }
}
