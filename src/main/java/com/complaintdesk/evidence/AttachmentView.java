package com.complaintdesk.evidence;

import java.time.Instant;

/** An attachment as the API shows it to those who may read the complaint: what, how large, from whom, and where. */
public record AttachmentView(long attachmentId, String fileName, String mediaType, long sizeBytes,
    AttachmentSource source, String uploadedBy, Instant uploadedAt, String link) {

  public static AttachmentView of(Attachment a) {
    return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.source(), a.uploadedBy(),
        a.uploadedAt(), a.link());
  }
}
