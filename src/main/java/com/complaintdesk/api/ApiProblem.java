package com.complaintdesk.api;

import org.springframework.http.HttpStatus;

/** A client error with its HTTP status, raised where the API knows best what went wrong. */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public ApiProblem(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
