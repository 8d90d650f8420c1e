package com.complaintdesk.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which complaints a user reads: all of them ({@link DeskGroups#READ_ALL}), or those their groups hold or held (a
 * level's candidate group, or a department asked a question) and those they submitted. {@link #condition()} says the
 * second as SQL on
 * {@code complaint c}, with the parameters of {@link #parameters()}.
 */
public record ReadScope(boolean all, String user, List<String> groups) {

  /**
   * One lookup per group rather than {@code candidate_group IN (...)}: given a list, H2 reads the group's index
   * for all its complaints on every row instead of the complaint's few steps.
   */
  public String condition() {
    StringBuilder sql = new StringBuilder("(c.created_by = :scopeUser");
    for (int i = 0; i < Math.max(1, groups.size()); i++) {
      sql.append("\n   OR EXISTS (SELECT 1 FROM escalation_step s WHERE s.complaint_id = c.id AND s.candidate_group = :scopeGroup")
          .append(i).append(')');
      // a department reads the complaints it was asked about
      sql.append("\n   OR EXISTS (SELECT 1 FROM department_question q WHERE q.complaint_id = c.id"
          + " AND q.department = :scopeGroup").append(i).append(')');
    }
    return sql.append(')').toString();
  }

  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("scopeUser", user);
    for (int i = 0; i < Math.max(1, groups.size()); i++) {
      parameters.put("scopeGroup" + i, groups.isEmpty() ? "-" : groups.get(i));
    }
    return parameters;
  }
}
