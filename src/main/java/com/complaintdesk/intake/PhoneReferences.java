package com.complaintdesk.intake;

import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.Timestamps;
import com.complaintdesk.identity.StartFormPreparer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference a phone agent reads back to the caller. Tasklist shows nothing after <i>Start</i>, so the start form
 * shows it before: each time an agent opens the form, a new reference is reserved for them and set as the default of
 * its read-only field {@value #FIELD}. Pressing <i>Start</i> makes it the complaint's id; pressing it again for the
 * same form is refused, so a double click logs one complaint. A reference someone else reserved, or none, gets a new
 * id as before.
 */
@Component
public class PhoneReferences implements StartFormPreparer {

  static final String FIELD = "complaintReference";
  static final String FORM_ID = "log-phone-complaint";

  private final JdbcClient jdbc;
  private final ComplaintIdGenerator ids;
  private final ComplaintRepository complaints;
  private final ObjectMapper json;

  public PhoneReferences(JdbcClient jdbc, ComplaintIdGenerator ids, ComplaintRepository complaints, ObjectMapper json) {
    this.jdbc = jdbc;
    this.ids = ids;
    this.complaints = complaints;
    this.json = json;
  }

  @Override
  public Optional<byte[]> prepare(byte[] form, String userId) {
    try {
      JsonNode schema = json.readTree(form);
      if (!FORM_ID.equals(schema.path("id").asText()) || !(find(schema.path("components")) instanceof ObjectNode field)) {
        return Optional.empty();
      }
      String reference = ids.next();
      jdbc.sql("INSERT INTO complaint_reference (reference, reserved_by, reserved_at) VALUES (?, ?, ?)")
          .params(reference, userId, Timestamps.of(EngineClock.instant())).update();
      field.put("defaultValue", reference);
      return Optional.of(json.writeValueAsBytes(schema));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /**
   * @return the reference to use as the new complaint's id: the one this user reserved and has not used yet
   * @throws SubmissionRefused the reference names a complaint already: this form was started before
   */
  public Optional<String> claim(String reference, String userId) {
    if (reference == null || userId == null || jdbc.sql(
            "SELECT COUNT(*) FROM complaint_reference WHERE reference = ? AND reserved_by = ?")
        .params(reference, userId).query(Integer.class).single() == 0) {
      return Optional.empty();
    }
    if (complaints.findById(reference).isPresent()) {
      throw new SubmissionRefused("This call is logged already as " + reference
          + ": close the form, or open a new one for another call");
    }
    return Optional.of(reference);
  }

  private static JsonNode find(JsonNode components) {
    for (JsonNode component : components) {
      if (FIELD.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode inner = find(component.path("components"));
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }
}
