package com.complaintdesk.complaint;

public class ComplaintNotFoundException extends RuntimeException {

  public ComplaintNotFoundException(String id) {
    super("No complaint with id " + id);
  }
}
