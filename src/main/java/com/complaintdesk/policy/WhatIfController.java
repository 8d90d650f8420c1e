package com.complaintdesk.policy;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.TooLargeException;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import com.complaintdesk.reporting.ReportPeriod;
import java.io.IOException;
import java.time.Duration;
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

  static final Duration LONGEST_PERIOD = Duration.ofDays(366);

  private final WhatIfService whatIf;
  private final EngineClock clock;
  /** the API's body limit: the multipart parser takes attachments' larger bodies */
  private final long maxTableBytes;

  public WhatIfController(WhatIfService whatIf, EngineClock clock, ComplaintDeskProperties properties) {
    this.whatIf = whatIf;
    this.clock = clock;
    this.maxTableBytes = properties.maxRequestBytes();
  }

  /**
   * Multipart: {@code file} the changed escalation-matrix.dmn; {@code from} and {@code to} the period in which the
   * complaints were received, read as the reports read theirs ({@link ReportPeriod}: ISO dates, to inclusive, or
   * instants; by default the last 30 days), at most 366 days.
   */
  @PostMapping(path = "/api/policy/what-if", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public WhatIf whatIf(@RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) throws IOException {
    ReportPeriod period = ReportPeriod.parse(from, to, clock.now());
    List<ParameterProblem> problems = new ArrayList<>();
    if (!period.from().isBefore(period.to())) {
      problems.add(new ParameterProblem("from", "must be before 'to'"));
    } else if (Duration.between(period.from(), period.to()).compareTo(LONGEST_PERIOD) > 0) {
      problems.add(new ParameterProblem("from", "a period is at most 366 days"));
    }
    if (file != null && file.getSize() > maxTableBytes) {
      throw new TooLargeException("Request body too large", "A table to try may be at most " + maxTableBytes
          + " bytes");
    }
    if (file == null || file.isEmpty()) {
      problems.add(new ParameterProblem("file", "Send the changed escalation-matrix.dmn as the multipart field 'file'"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidParametersException(problems);
    }
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "escalation-matrix.dmn"
        : file.getOriginalFilename();
    return whatIf.replay(name, file.getBytes(), period.from(), period.to());
  }
}
