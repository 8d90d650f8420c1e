package com.complaintdesk.policy;

import java.util.Date;

/** The latest deployed version of a key: where it came from and who deployed it. */
public record DeployedVersion(String key, int version, String versionTag, String deploymentId, String resourceName,
    String source, Date deployedAt, String deployedBy, boolean fromRelease) {

  String describe() {
    return key + " v" + version + (versionTag == null ? "" : " (version tag " + versionTag + ")") + ", deployed "
        + (source == null ? "" : "from " + source + " ") + (deployedBy == null ? "" : "by " + deployedBy + " ")
        + "on " + deployedAt.toInstant() + " as " + resourceName;
  }
}
