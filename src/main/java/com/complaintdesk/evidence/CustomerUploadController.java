package com.complaintdesk.evidence;

import com.complaintdesk.complaint.NotFoundException;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Customer-facing: no login, the token in the acknowledgement's link is the credential. The customer learns what
 * was stored (name, kind, size), never a link to read files back.
 */
@RestController
public class CustomerUploadController {

  private final UploadLinks links;
  private final AttachmentService attachments;

  public CustomerUploadController(UploadLinks links, AttachmentService attachments) {
    this.links = links;
    this.attachments = attachments;
  }

  @PostMapping(path = "/api/uploads/{token}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Received> upload(@PathVariable String token,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    String complaintId = links.complaintOf(token).orElseThrow(() -> new NotFoundException("Link not found", "This upload link does not exist"));
    AttachmentService.Stored stored = attachments.attach(complaintId, AttachmentSource.CUSTOMER, "customer",
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
    Attachment a = stored.attachment();
    return ResponseEntity.status(stored.replayed() ? 200 : 201)
        .header("Idempotent-Replayed", Boolean.toString(stored.replayed()))
        .body(new Received(a.fileName(), a.mediaType(), a.sizeBytes()));
  }

  public record Received(String fileName, String mediaType, long sizeBytes) {}
}
