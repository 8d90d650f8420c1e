package com.complaintdesk.escalation;

import com.complaintdesk.decision.Decisions;
import java.util.Map;
import org.springframework.stereotype.Service;

/** DMN {@code expert-directory}: which specialist group takes a complaint at level 2. */
@Service
public class ExpertDirectory {

  private final Decisions decisions;

  public ExpertDirectory(Decisions decisions) {
    this.decisions = decisions;
  }

  public String expertGroupFor(String category) {
    String group = decisions.evaluate("expert-directory", Map.of("category", category)).getSingleEntry();
    if (group == null) {
      throw new IllegalStateException("expert-directory has no group for category " + category);
    }
    return group;
  }
}
