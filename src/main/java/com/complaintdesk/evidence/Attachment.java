package com.complaintdesk.evidence;

import java.time.Instant;

/** A file attached to a complaint, without its bytes. */
public record Attachment(long id, String complaintId, String fileName, String mediaType, long sizeBytes,
    String sha256, AttachmentSource source, String uploadedBy, Instant uploadedAt) {

  /** Where those who may read the complaint download it. */
  public String link() {
    return "/api/complaints/" + complaintId + "/attachments/" + id;
  }
}
