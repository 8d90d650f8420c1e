package com.complaintdesk.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code complaints.attachments.*}: how large one file may be, how much a complaint holds in all, and how many
 * files. The upload's request limit (RequestSizeLimitFilter, spring.servlet.multipart) follows max-file-size.
 */
@ConfigurationProperties("complaints.attachments")
public record AttachmentProperties(DataSize maxFileSize, DataSize maxPerComplaint, Integer maxFiles) {

  public AttachmentProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    maxPerComplaint = maxPerComplaint == null ? DataSize.ofMegabytes(50) : maxPerComplaint;
    maxFiles = maxFiles == null ? 50 : maxFiles;
    if (maxFileSize.toBytes() <= 0 || maxPerComplaint.compareTo(maxFileSize) < 0 || maxFiles < 1) {
      throw new IllegalArgumentException("complaints.attachments: max-file-size must be positive and at most "
          + "max-per-complaint, and max-files at least 1");
    }
  }
}
