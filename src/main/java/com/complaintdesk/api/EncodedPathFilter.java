package com.complaintdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path whose letters, digits or {@code - . _ ~} are percent-encoded ({@code /engine-%72est}) means the same
 * as the plain path to the servlet container but not to every matcher behind it; no client needs to send one
 * (RFC 3986, 2.3). Refused first, with a {@code 400} problem document and a WARN line, before any security rule
 * or servlet reads the path.
 */
public class EncodedPathFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EncodedPathFilter.class);
  private static final Pattern ENCODED_UNRESERVED_OR_CONTROL =
      Pattern.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee]|[01][0-9A-Fa-f]|7[Ff])");

  private final ObjectMapper json;

  public EncodedPathFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ENCODED_UNRESERVED_OR_CONTROL.matcher(request.getRequestURI()).find()) {
      LOG.warn("Refused {} with a percent-encoded letter, digit or control character in its path", request.getMethod());
      Problems.write(response, json, HttpStatus.BAD_REQUEST, "Invalid path",
          "Letters, digits, '-', '.', '_', '~' and control characters must not be percent-encoded in a path");
      return;
    }
    chain.doFilter(request, response);
  }
}
