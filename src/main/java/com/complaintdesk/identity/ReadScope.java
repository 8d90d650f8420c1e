package com.complaintdesk.identity;

import java.util.List;
import java.util.Map;

/**
 * Which complaints a user reads: all of them ({@link DeskGroups#READ_ALL}), or those their groups hold or held (a
 * level's candidate group) and those they submitted. {@link #CONDITION} says the second as SQL on {@code complaint c},
 * with the parameters of {@link #parameters()}.
 */
public record ReadScope(boolean all, String user, List<String> groups) {

  public static final String CONDITION = """
      (c.created_by = :scopeUser
         OR EXISTS (SELECT 1 FROM escalation_step s WHERE s.complaint_id = c.id AND s.candidate_group IN (:scopeGroups)))
      """;

  public Map<String, Object> parameters() {
    return Map.of("scopeUser", user, "scopeGroups", groups.isEmpty() ? List.of("-") : groups);
  }
}
