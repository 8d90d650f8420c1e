package com.complaintdesk.evidence;

import com.complaintdesk.complaint.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

  private static final String COLUMNS =
      "id, complaint_id, file_name, media_type, size_bytes, sha256, source, uploaded_by, uploaded_at";

  private final JdbcClient jdbc;

  public AttachmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Totals(int files, long bytes) {}

  public long save(String complaintId, String fileName, String mediaType, byte[] content, String sha256,
      AttachmentSource source, String uploadedBy, Instant uploadedAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO attachment (complaint_id, file_name, media_type, size_bytes, sha256, source, uploaded_by,
              uploaded_at, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, fileName, mediaType, (long) content.length, sha256, source.name(), uploadedBy,
            Timestamps.of(uploadedAt), content)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Totals totals(String complaintId) {
    return jdbc.sql("SELECT COUNT(*) AS files, COALESCE(SUM(size_bytes), 0) AS bytes FROM attachment"
            + " WHERE complaint_id = ?").param(complaintId)
        .query((rs, n) -> new Totals(rs.getInt("files"), rs.getLong("bytes"))).single();
  }

  public Optional<Attachment> findBySha256(String complaintId, String sha256) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE complaint_id = ? AND sha256 = ?")
        .params(complaintId, sha256).query(AttachmentRepository::row).optional();
  }

  public Optional<Attachment> find(String complaintId, long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE complaint_id = ? AND id = ?")
        .params(complaintId, id).query(AttachmentRepository::row).optional();
  }

  public List<Attachment> ofComplaint(String complaintId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE complaint_id = ? ORDER BY uploaded_at, id")
        .param(complaintId).query(AttachmentRepository::row).list();
  }

  public byte[] content(long id) {
    return jdbc.sql("SELECT content FROM attachment WHERE id = ?").param(id).query(byte[].class).single();
  }

  private static Attachment row(ResultSet rs, int n) throws SQLException {
    return new Attachment(rs.getLong("id"), rs.getString("complaint_id"), rs.getString("file_name"),
        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        AttachmentSource.valueOf(rs.getString("source")), rs.getString("uploaded_by"),
        Timestamps.toInstant(rs.getTimestamp("uploaded_at")));
  }
}
