package com.complaintdesk.identity;

import jakarta.servlet.http.HttpServletRequest;

/** The webapps' login form: {@code POST <webapp path>/api/admin/auth/user/{engine}/login/{app}}. */
final class WebappLogin {

  private final String loginPath;

  WebappLogin(String webappPath) {
    this.loginPath = webappPath + "/api/admin/auth/user/";
  }

  boolean isLogin(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && uri.startsWith(loginPath) && uri.contains("/login/");
  }
}
