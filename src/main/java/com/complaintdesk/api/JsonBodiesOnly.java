package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's API takes bodies in JSON only, checked before anything reads the request: a form-encoded or
 * multipart body would otherwise be parsed into request parameters on the way (and refused there with a
 * different error), a YAML or XML one by readers with other rules. Everything else is a {@code 415}.
 */
public class JsonBodiesOnly extends OncePerRequestFilter {

  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
  /** the calls that take a file (multipart, as a browser or curl -F sends it): a deadline table to try, evidence */
  static final String WHAT_IF = "/api/policy/what-if";

  private final ObjectMapper json;

  public JsonBodiesOnly(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return !uri.startsWith("/api/") || !WITH_BODY.contains(request.getMethod())
        || (request.getContentType() == null && request.getContentLengthLong() <= 0
            && request.getHeader("Transfer-Encoding") == null);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    boolean file = WHAT_IF.equals(uri) || UploadPaths.isAttachmentUpload(request.getMethod(), uri);
    if (file ? !isMultipart(request.getContentType()) : !isJson(request.getContentType())) {
      Problems.write(response, json, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          !file ? "Send the body as application/json" : WHAT_IF.equals(uri)
              ? "Send the table as multipart/form-data (field 'file')"
              : "Send the file as multipart/form-data (field 'file')");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isMultipart(String contentType) {
    try {
      return contentType != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
