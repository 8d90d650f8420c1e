package com.complaintdesk.api;

import org.springframework.util.unit.DataSize;

/** The calls that take an attachment, and how large their bodies may be: one file and its multipart envelope. */
public final class UploadPaths {

  /** room for the part headers and boundaries around the file */
  public static final long ENVELOPE_BYTES = 64 * 1024;

  private UploadPaths() {}

  /** The staff's and integrations' upload, and the customer's link. */
  public static boolean isAttachmentUpload(String method, String uri) {
    return "POST".equals(method)
        && (uri.matches("/api/complaints/[^/]+/attachments") || uri.matches("/api/uploads/[^/]+"));
  }

  public static long largestUpload(DataSize maxFileSize) {
    return maxFileSize.toBytes() + ENVELOPE_BYTES;
  }
}
