package com.complaintdesk.complaint;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The engine's time: a deadline counts as passed by the same clock that fires its timer. */
@Component
public class EngineClock {

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
