package com.complaintdesk.survey;

import com.complaintdesk.complaint.CustomerTokens;
import com.complaintdesk.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Customer-facing: no login, the single-use token in the link is the credential. */
@RestController
public class SurveyController {

  private final SurveyService surveys;

  public SurveyController(SurveyService surveys) {
    this.surveys = surveys;
  }

  @PostMapping("/api/surveys/{token}")
  public ResponseEntity<Void> answer(@PathVariable String token, @Valid @RequestBody SurveyAnswer answer) {
    if (!CustomerTokens.wellFormed(token)) {
      throw new SurveyNotFoundException();
    }
    surveys.answer(token, answer.score(), answer.comment());
    return ResponseEntity.noContent().build();
  }

  public record SurveyAnswer(
      @NotNull @Min(1) @Max(5) Integer score,
      @Size(max = 2000) @PlainText String comment) {}
}
