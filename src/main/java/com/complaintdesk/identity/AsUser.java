package com.complaintdesk.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Runs an engine call with Camunda's authorizations of one user, then restores whoever was authenticated. */
final class AsUser {

  private AsUser() {}

  static <T> T call(IdentityService identityService, String userId, List<String> groups, Supplier<T> call) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  /** Without authorization checks: for facts the caller may learn although Camunda would not show them the record. */
  static <T> T system(IdentityService identityService, Supplier<T> call) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }
}
