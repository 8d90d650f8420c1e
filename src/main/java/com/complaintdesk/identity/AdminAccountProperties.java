package com.complaintdesk.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The app refuses to start without an admin password: prod takes it from COMPLAINTS_ADMIN_PASSWORD. */
@Validated
@ConfigurationProperties("complaints.admin")
public record AdminAccountProperties(
    @NotBlank String id,
    @NotBlank(message = "must be set (environment variable COMPLAINTS_ADMIN_PASSWORD)") String password) {}
