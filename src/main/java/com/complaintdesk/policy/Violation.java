package com.complaintdesk.policy;

/** One rule a deployed file breaks: the file, the element or rule in it, and what is wrong. */
public record Violation(String file, String element, String problem) {

  @Override
  public String toString() {
    return file + (element == null ? "" : " (" + element + ")") + ": " + problem;
  }
}
