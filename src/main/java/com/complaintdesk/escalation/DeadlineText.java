package com.complaintdesk.escalation;

import com.complaintdesk.businesstime.BusinessHoursProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Deadlines as customers and agents read them, in the desk's time zone. */
@Component
public class DeadlineText {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH);
  private final BusinessHoursProperties hours;

  public DeadlineText(BusinessHoursProperties hours) {
    this.hours = hours;
  }

  public String format(Instant instant) {
    return instant.atZone(hours.zone()).format(FORMAT);
  }
}
