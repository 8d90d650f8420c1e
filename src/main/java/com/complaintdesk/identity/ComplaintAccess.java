package com.complaintdesk.identity;

import com.complaintdesk.complaint.ComplaintNotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read a complaint: supervisors, the quality team, operations and admin read all; everyone else
 * reads the complaints their groups hold or held (a level's candidate group) and those they logged. To
 * anyone else the complaint does not exist (404), so ids cannot be probed.
 */
@Component
public class ComplaintAccess {

  private final JdbcClient jdbc;

  public ComplaintAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static List<String> groups(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }

  public static boolean readsAll(Authentication user) {
    return groups(user).stream().anyMatch(DeskGroups.READ_ALL::contains);
  }

  public void checkRead(String complaintId, Authentication user) {
    if (!mayRead(complaintId, user)) {
      throw new ComplaintNotFoundException(complaintId);
    }
  }

  public boolean mayRead(String complaintId, Authentication user) {
    ReadScope scope = scope(user);
    if (scope.all()) {
      return true;
    }
    return jdbc.sql("SELECT COUNT(*) FROM complaint c WHERE c.id = :id AND " + scope.condition())
        .param("id", complaintId)
        .params(scope.parameters())
        .query(Integer.class).single() > 0;
  }

  /** The same rule for many complaints at once: the list applies {@link ReadScope#condition()}. */
  public static ReadScope scope(Authentication user) {
    return new ReadScope(readsAll(user), user.getName(), groups(user));
  }
}
