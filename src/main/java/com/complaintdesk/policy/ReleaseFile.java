package com.complaintdesk.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file of the release beside what is deployed for its key now: the latest version and its content (none if the
 * key was never deployed, or the file names no key).
 */
record ReleaseFile(ReleaseResource resource, Optional<ModelKey> key, Optional<DeployedVersion> latest,
    byte[] deployed) {

  /** The latest deployed version is this very file. */
  boolean unchanged() {
    return deployed != null && Arrays.equals(deployed, resource.bytes());
  }

  /** The latest deployed version differs from the file and did not come from a release: an analyst's, not in git. */
  boolean newerThanRelease() {
    return latest.filter(v -> !v.fromRelease()).isPresent() && !unchanged();
  }
}
