package com.complaintdesk.complaint;

import java.util.List;

/** Query parameters the API cannot use: answered 400 with every bad parameter named, like invalid fields. */
public class InvalidParametersException extends DomainException {

  private final List<ParameterProblem> problems;

  public InvalidParametersException(List<ParameterProblem> problems) {
    super("Invalid request", "Invalid parameters: "
        + String.join(", ", problems.stream().map(ParameterProblem::parameter).distinct().toList()));
    this.problems = List.copyOf(problems);
  }

  public List<ParameterProblem> problems() {
    return problems;
  }

  public record ParameterProblem(String parameter, String message) {}
}
