package com.complaintdesk.evidence;

import com.complaintdesk.identity.ComplaintAccess;
import com.complaintdesk.identity.DeskGroups;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence from the integration and from staff (the API with Basic credentials, or Tasklist's session from the
 * task form's link): one file per call, multipart field {@code file}. Whoever may not read the complaint finds
 * neither it nor its files (404).
 */
@RestController
public class AttachmentController {

  private final AttachmentService attachments;
  private final ComplaintAccess access;

  public AttachmentController(AttachmentService attachments, ComplaintAccess access) {
    this.attachments = attachments;
    this.access = access;
  }

  @PostMapping(path = "/api/complaints/{complaintId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AttachmentView> attach(@PathVariable String complaintId,
      @RequestParam(name = "file", required = false) MultipartFile file, Authentication user) throws IOException {
    access.checkRead(complaintId, user);
    AttachmentSource source = ComplaintAccess.groups(user).contains(DeskGroups.CUSTOMER_CHANNEL)
        ? AttachmentSource.INTEGRATION : AttachmentSource.STAFF;
    AttachmentService.Stored stored = attachments.attach(complaintId, source, user.getName(),
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
    return created(stored);
  }

  @GetMapping(path = "/api/complaints/{complaintId}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<AttachmentView> list(@PathVariable String complaintId, Authentication user) {
    access.checkRead(complaintId, user);
    return attachments.ofComplaint(complaintId).stream().map(AttachmentView::of).toList();
  }

  /**
   * Always a download, never shown inline, and sandboxed if a browser renders it anyway: a file that is also
   * valid HTML cannot run in the desk's origin.
   */
  @GetMapping("/api/complaints/{complaintId}/attachments/{attachmentId}")
  public ResponseEntity<byte[]> download(@PathVariable String complaintId, @PathVariable long attachmentId,
      Authentication user) {
    access.checkRead(complaintId, user);
    AttachmentService.Download file = attachments.download(complaintId, attachmentId);
    MediaType type = MediaType.parseMediaType(file.attachment().mediaType());
    if (type.getType().equals("text")) {
      type = new MediaType(type, StandardCharsets.UTF_8);
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(file.content());
  }

  static ResponseEntity<AttachmentView> created(AttachmentService.Stored stored) {
    AttachmentView view = AttachmentView.of(stored.attachment());
    return (stored.replayed() ? ResponseEntity.ok() : ResponseEntity.created(URI.create(view.link())))
        .header("Idempotent-Replayed", Boolean.toString(stored.replayed()))
        .body(view);
  }
}
