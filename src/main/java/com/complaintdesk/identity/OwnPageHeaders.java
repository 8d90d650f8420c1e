package com.complaintdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's own pages (the customer's survey, the lead's dashboard, the API documentation) load only their own
 * scripts and styles and send no Referer: the survey page must not hand its token to anything it links to.
 * The Camunda webapps keep the headers Camunda sets for them.
 */
public class OwnPageHeaders extends OncePerRequestFilter {

  /** the customer's survey and upload pages, the staff's evidence page: nothing inline at all */
  static final String STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  /** the dashboard (Chart.js sizes its canvas) and Swagger UI set inline styles and draw data: images */
  static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return !(uri.startsWith("/survey.") || uri.startsWith("/upload.") || uri.startsWith("/attachments.") || uri.equals("/dashboard") || uri.startsWith("/dashboard/")
        || uri.equals("/api-docs.html") || uri.startsWith("/swagger-ui"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("Content-Security-Policy", uri.startsWith("/survey.") || uri.startsWith("/upload.")
        || uri.startsWith("/attachments.") ? STRICT : PAGES);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
