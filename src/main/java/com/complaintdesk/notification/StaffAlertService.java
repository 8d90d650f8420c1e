package com.complaintdesk.notification;

import com.complaintdesk.letters.Letter;
import com.complaintdesk.letters.LetterProperties;
import com.complaintdesk.letters.LetterWriter;
import com.complaintdesk.letters.Signature;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Alerts agents (deadline reminders, supervisor information) by e-mail to the members of their groups. */
@Service
public class StaffAlertService {

  private static final Logger LOG = LoggerFactory.getLogger(StaffAlertService.class);

  private final IdentityService identityService;
  private final NotificationPort port;
  private final LetterWriter letters;
  private final LetterProperties letterProperties;

  public StaffAlertService(IdentityService identityService, NotificationPort port, LetterWriter letters,
      LetterProperties letterProperties) {
    this.identityService = identityService;
    this.port = port;
    this.letters = letters;
    this.letterProperties = letterProperties;
  }

  /**
   * {@code complaintId}: the complaint the alert is about, or null; {@code message}: its template
   * ({@code letters/<staff language>/staff-….html}), written in the staff's language. @return the addresses alerted
   */
  public Set<String> alert(String complaintId, Collection<String> userIds, Collection<String> groupIds, String message,
      Map<String, ?> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("complaintId", complaintId);
    Letter letter = letters.write(message, letterProperties.staffLanguage(), Signature.DESK, full);
    Set<String> addresses = new LinkedHashSet<>();
    for (String userId : userIds) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && user.getEmail() != null) {
        addresses.add(user.getEmail());
      }
    }
    for (String groupId : groupIds) {
      identityService.createUserQuery().memberOfGroup(groupId).list().stream()
          .map(User::getEmail).filter(e -> e != null && !e.isBlank()).forEach(addresses::add);
    }
    if (addresses.isEmpty()) {
      LOG.warn("No one to alert for '{}' (users {}, groups {})", letter.subject(), userIds, groupIds);
    }
    addresses.forEach(address -> port.send(new OutboundMessage(complaintId, OutboundMessage.STAFF_ALERT, address,
        letter.subject(), letter.text(), letter.html())));
    return addresses;
  }
}
