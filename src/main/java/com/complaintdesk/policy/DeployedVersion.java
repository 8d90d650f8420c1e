package com.complaintdesk.policy;

import java.util.Date;

/** The latest deployed version of a key, and where it came from. */
public record DeployedVersion(String key, int version, String versionTag, String deploymentId, String resourceName,
    String source, Date deployedAt, boolean fromRelease) {}
