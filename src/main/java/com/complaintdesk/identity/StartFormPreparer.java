package com.complaintdesk.identity;

import java.util.Optional;

/**
 * Changes a start form as Tasklist loads it ({@code GET process-definition/{id}/deployed-start-form}) for the user
 * who opens it, e.g. the reference a phone agent reads to the caller. Empty: the form as deployed.
 */
public interface StartFormPreparer {

  Optional<byte[]> prepare(byte[] form, String userId);
}
