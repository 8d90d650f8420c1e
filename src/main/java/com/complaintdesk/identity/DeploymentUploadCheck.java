package com.complaintdesk.identity;

import com.complaintdesk.identity.SubmissionCheck.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.RequestContext;
import org.springframework.http.HttpStatus;

/**
 * An analyst's deployment (Camunda Modeler's multipart {@code POST /deployment/create}), read with the same
 * multipart parser as the engine's REST API: the form fields Modeler sends and files. What the models
 * themselves may contain is the engine's deployment check (policy.DeploymentCheck), for every deployer.
 * Refused here: {@code deployment-activation-time}, which would leave the new versions suspended until then,
 * so that complaints could not start; and any field Modeler does not send.
 */
final class DeploymentUploadCheck {

  static final Set<String> FIELDS = Set.of("deployment-name", "deployment-source", "enable-duplicate-filtering",
      "deploy-changed-only", "tenant-id");

  private DeploymentUploadCheck() {}

  static Optional<Refusal> check(byte[] body, String contentType) {
    if (body.length > CachedBodyRequest.MAX_BODY) {
      return Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
          "A deployment must be at most " + CachedBodyRequest.MAX_BODY + " bytes");
    }
    if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
      return Refusal.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "Send a deployment as multipart/form-data, as Camunda Modeler does");
    }
    try {
      FileItemIterator parts = new FileUpload().getItemIterator(new Body(body, contentType));
      int files = 0;
      while (parts.hasNext()) {
        FileItemStream part = parts.next();
        if (part.isFormField()) {
          if (!FIELDS.contains(part.getFieldName())) {
            return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request",
                part.getFieldName() + " is not accepted in a deployment; it may carry " + FIELDS.stream().sorted()
                    .toList() + " and the files" + ("deployment-activation-time".equals(part.getFieldName())
                    ? " (a deployment takes effect at once: a later activation would stop complaints from starting)"
                    : ""));
          }
        } else {
          files++;
        }
      }
      return files > 0 ? Optional.empty()
          : Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "The deployment holds no file");
    } catch (FileUploadException | IOException e) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Malformed request body", "The multipart body cannot be read");
    }
  }

  private record Body(byte[] body, String contentType) implements RequestContext {

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    @Deprecated
    public int getContentLength() {
      return body.length;
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(body);
    }
  }
}
