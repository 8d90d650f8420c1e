package com.complaintdesk.intake;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Channel;

/** Published when a complaint is registered, by the API or Tasklist's start form. */
public record ComplaintReceived(String complaintId, Channel channel, Category category) {}
