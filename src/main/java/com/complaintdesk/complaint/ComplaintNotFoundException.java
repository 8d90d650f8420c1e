package com.complaintdesk.complaint;

public class ComplaintNotFoundException extends NotFoundException {

  public ComplaintNotFoundException(String id) {
    super("Complaint not found", "No complaint with id " + id);
  }
}
