package com.complaintdesk.resolution;

/** A submitted resolution breaks policy; the task stays open and the agent is told why. */
public class ResolutionRejectedException extends RuntimeException {

  public ResolutionRejectedException(String message) {
    super(message);
  }
}
