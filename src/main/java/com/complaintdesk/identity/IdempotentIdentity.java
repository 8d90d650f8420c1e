package com.complaintdesk.identity;

import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeding runs on every node at every start: create what is missing, and treat losing a race
 * against another node creating the same thing as success.
 */
public final class IdempotentIdentity {

  private static final Logger LOG = LoggerFactory.getLogger(IdempotentIdentity.class);

  private IdempotentIdentity() {}

  public static void ensure(String what, BooleanSupplier exists, Runnable create) {
    if (exists.getAsBoolean()) {
      return;
    }
    try {
      create.run();
      LOG.info("Created {}", what);
    } catch (ProcessEngineException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
      LOG.info("{} was created concurrently by another node", what);
    }
  }
}
