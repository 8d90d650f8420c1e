package com.complaintdesk.evidence;

import com.complaintdesk.api.UploadPaths;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The largest multipart body the app parses: one attachment and its envelope. It replaces Spring Boot's
 * spring.servlet.multipart limits so that they follow complaints.attachments.max-file-size; a chunked body
 * (no Content-Length, so past RequestSizeLimitFilter) is bounded here. Smaller uploads (a deadline table to try)
 * check their own limit.
 */
@Configuration
public class UploadLimits {

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties limits) {
    long largest = UploadPaths.largestUpload(limits.maxFileSize());
    return new MultipartConfigElement(null, largest, largest, 0);
  }
}
