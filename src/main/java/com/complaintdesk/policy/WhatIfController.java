package com.complaintdesk.policy;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Analysts and supervisors try a changed deadline table on past complaints before anyone deploys it. */
@RestController
public class WhatIfController {

  static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
  static final Duration LONGEST_PERIOD = Duration.ofDays(366);
  static final Instant EARLIEST = Instant.EPOCH;
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private final WhatIfService whatIf;
  private final EngineClock clock;

  public WhatIfController(WhatIfService whatIf, EngineClock clock) {
    this.whatIf = whatIf;
    this.clock = clock;
  }

  /**
   * Multipart: {@code file} the changed escalation-matrix.dmn; {@code from} and {@code to} (ISO dates, to inclusive,
   * or instants) the period in which the complaints were received, by default the last 30 days.
   */
  @PostMapping(path = "/api/policy/what-if", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public WhatIf whatIf(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) throws IOException {
    List<ParameterProblem> problems = new ArrayList<>();
    Instant end = to == null || to.isBlank() ? clock.now() : moment("to", to, true, problems);
    Instant start = from == null || from.isBlank() ? (end == null ? null : end.minus(DEFAULT_PERIOD))
        : moment("from", from, false, problems);
    if (start != null && end != null && !start.isBefore(end)) {
      problems.add(new ParameterProblem("from", "must be before 'to'"));
    } else if (start != null && end != null && Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
      problems.add(new ParameterProblem("from", "a period is at most 366 days"));
    }
    if (file == null || file.isEmpty()) {
      problems.add(new ParameterProblem("file", "Send the changed escalation-matrix.dmn as the multipart field 'file'"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidParametersException(problems);
    }
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "escalation-matrix.dmn"
        : file.getOriginalFilename();
    return whatIf.replay(name, file.getBytes(), start, end);
  }

  /** A date (UTC midnight; {@code to} includes its day) or an instant, between the years 1970 and 9999. */
  private static Instant moment(String parameter, String value, boolean endOfDay, List<ParameterProblem> problems) {
    Instant moment;
    try {
      moment = Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      try {
        Instant day = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        moment = endOfDay ? day.plus(1, ChronoUnit.DAYS) : day;
      } catch (DateTimeParseException notADate) {
        problems.add(new ParameterProblem(parameter, "must be a date (2026-11-01) or an instant (2026-11-01T09:00:00Z)"));
        return null;
      }
    }
    if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
      problems.add(new ParameterProblem(parameter, "must lie between the years 1970 and 9999"));
      return null;
    }
    return moment;
  }
}
