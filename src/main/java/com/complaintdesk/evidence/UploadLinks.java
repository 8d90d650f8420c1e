package com.complaintdesk.evidence;

import com.complaintdesk.complaint.CustomerTokens;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Timestamps;
import com.complaintdesk.config.ComplaintDeskProperties;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's link to send photos, receipts and documents for their complaint, like the survey's: 256 random
 * bits are the credential. It works for as long as the complaint is open.
 */
@Service
public class UploadLinks {

  private final JdbcClient jdbc;
  private final ComplaintDeskProperties properties;
  private final AttachmentProperties limits;

  public UploadLinks(JdbcClient jdbc, ComplaintDeskProperties properties, AttachmentProperties limits) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.limits = limits;
  }

  /** what the customer's letter states as the largest file */
  public long maxFileMegabytes() {
    return limits.maxFileSize().toMegabytes();
  }

  /** @return the link for the customer's letter */
  @Transactional
  public String create(String complaintId) {
    String token = CustomerTokens.next();
    jdbc.sql("INSERT INTO upload_link (token, complaint_id, created_at) VALUES (?, ?, ?)")
        .params(token, complaintId, Timestamps.of(EngineClock.instant())).update();
    return properties.publicBaseUrl() + "/upload.html#token=" + token;
  }

  /** @return the complaint the token was given for */
  public Optional<String> complaintOf(String token) {
    if (!CustomerTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT complaint_id FROM upload_link WHERE token = ?").param(token).query(String.class).optional();
  }
}
