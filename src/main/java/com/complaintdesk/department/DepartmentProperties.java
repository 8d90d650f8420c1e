package com.complaintdesk.department;

import com.complaintdesk.validation.TextRules;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.departments.*}: the departments a level task may ask (each a group its people belong to,
 * beside the {@code departments} group that gives them Tasklist), and how long a department has to answer, in
 * business time.
 */
@ConfigurationProperties("complaints.departments")
public record DepartmentProperties(List<Department> groups, String answerWithin) {

  public record Department(String id, String name) {

    public Department {
      if (id == null || !id.matches(TextRules.IDENTIFIER) || name == null || name.isBlank()) {
        throw new IllegalArgumentException("complaints.departments.groups: every department needs an id (a group id:"
            + " letters, digits and . _ : / # -) and a name, not " + id + " / " + name);
      }
    }
  }

  public DepartmentProperties {
    groups = groups == null ? List.of() : List.copyOf(groups);
    answerWithin = answerWithin == null || answerWithin.isBlank() ? "P2D" : answerWithin;
  }

  public List<String> ids() {
    return groups.stream().map(Department::id).toList();
  }
}
