package com.complaintdesk.complaint;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The app's one clock for business time, the engine's: a deadline counts as passed by the same clock that fires
 * its timer, and a test that moves the engine's clock moves every timestamp the app writes.
 */
@Component
public class EngineClock {

  public Instant now() {
    return instant();
  }

  /** The same, for the repositories and records that write a timestamp without an injected clock. */
  public static Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
