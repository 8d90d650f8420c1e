package com.complaintdesk.api;

import com.complaintdesk.config.ComplaintDeskProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses API bodies over the limit with 413 before anything reads them. */
@Component
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  public RequestSizeLimitFilter(ComplaintDeskProperties properties, ObjectMapper objectMapper) {
    this.maxBytes = properties.maxRequestBytes();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
          "Request body too large", "The request body must be at most " + maxBytes + " bytes with a Content-Length"));
      return;
    }
    chain.doFilter(request, response);
  }
}
