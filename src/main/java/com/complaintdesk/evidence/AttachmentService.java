package com.complaintdesk.evidence;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ConflictException;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import com.complaintdesk.complaint.NotFoundException;
import com.complaintdesk.complaint.TooLargeException;
import com.complaintdesk.complaint.UnsupportedContentException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for a complaint: every file is checked (size, kind by content, name) and counted against the
 * complaint's limits before anything is stored; a refused file changes nothing. The complaint's row is locked
 * while a file is added, so two uploads at once cannot pass its limits together.
 */
@Service
public class AttachmentService {

  private final AttachmentRepository attachments;
  private final ComplaintRepository complaints;
  private final AttachmentProperties limits;

  public AttachmentService(AttachmentRepository attachments, ComplaintRepository complaints,
      AttachmentProperties limits) {
    this.attachments = attachments;
    this.complaints = complaints;
    this.limits = limits;
  }

  /** @param replayed the same file (same bytes) was attached before: that attachment, nothing added */
  public record Stored(Attachment attachment, boolean replayed) {}

  @Transactional
  public Stored attach(String complaintId, AttachmentSource source, String uploadedBy, String originalName,
      byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidParametersException(List.of(new ParameterProblem("file",
          "Send one non-empty file as the multipart field 'file'")));
    }
    if (content.length > limits.maxFileSize().toBytes()) {
      throw new TooLargeException("File too large", "A file may be at most " + size(limits.maxFileSize().toBytes())
          + "; this one has " + size(content.length));
    }
    String mediaType = FileTypes.allowed(content).orElseThrow(() -> new UnsupportedContentException(
        "File type not accepted", "Attach " + FileTypes.DESCRIPTION + "; this file is "
            + FileTypes.detect(content) + " by its content"));
    Complaint complaint = complaints.getForUpdate(complaintId);
    String sha256 = sha256(content);
    var earlier = attachments.findBySha256(complaintId, sha256);
    if (earlier.isPresent()) {
      return new Stored(earlier.get(), true);
    }
    if (complaint.status().isClosed()) {
      throw new ConflictException("Complaint closed", "Complaint " + complaintId + " is closed and takes no more files");
    }
    AttachmentRepository.Totals totals = attachments.totals(complaintId);
    if (totals.files() >= limits.maxFiles()) {
      throw new ConflictException("Too many files", "A complaint holds at most " + limits.maxFiles()
          + " files; " + complaintId + " has " + totals.files());
    }
    long room = limits.maxPerComplaint().toBytes() - totals.bytes();
    if (content.length > room) {
      throw new ConflictException("Complaint full", "A complaint holds at most "
          + size(limits.maxPerComplaint().toBytes()) + " of files; " + complaintId + " has " + size(totals.bytes())
          + " and this file has " + size(content.length));
    }
    String fileName = FileNames.clean(originalName, mediaType);
    long id = attachments.save(complaintId, fileName, mediaType, content, sha256, source, uploadedBy,
        EngineClock.instant());
    return new Stored(attachments.find(complaintId, id).orElseThrow(), false);
  }

  @Transactional(readOnly = true)
  public List<Attachment> ofComplaint(String complaintId) {
    return attachments.ofComplaint(complaintId);
  }

  /** A file with its bytes; to anyone asking for another complaint's file it does not exist. */
  @Transactional(readOnly = true)
  public Download download(String complaintId, long attachmentId) {
    Attachment attachment = attachments.find(complaintId, attachmentId)
        .orElseThrow(() -> new NotFoundException("Attachment not found",
            "Complaint " + complaintId + " has no attachment " + attachmentId));
    return new Download(attachment, attachments.content(attachmentId));
  }

  public record Download(Attachment attachment, byte[] content) {}

  /** 75 bytes, 12.4 KB, 10.0 MB */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double kb = bytes / 1024.0;
    return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
