package com.complaintdesk.policy;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an expression in an analyst's model may say. An expression runs inside the engine with no
 * authorization check, so {@code ${execution.processEngineServices...}} or a method call on any object would
 * let a model do what its deployer may not. Allowed: variables and their properties, comparisons and
 * arithmetic, the application's delegates and settings by name, and {@code execution.setVariable} /
 * {@code getVariable} / {@code processBusinessKey}.
 */
final class ExpressionRules {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern PATH = Pattern.compile("(?<![\\w.])([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)(\\s*\\()?");
  private static final Set<String> CALLS = Set.of("execution.setVariable", "execution.getVariable");
  private static final Set<String> EXECUTION_PROPERTIES = Set.of("execution.processBusinessKey",
      "execution.businessKey");
  private static final Set<String> WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "variableScope",
      "authenticatedUserId", "connector");

  private final Predicate<String> isApplicationObject;
  private final Predicate<String> isModelBean;

  /**
   * @param isApplicationObject names of the application's objects (Spring beans)
   * @param isModelBean the ones models may name: delegates, listeners, settings
   */
  ExpressionRules(Predicate<String> isApplicationObject, Predicate<String> isModelBean) {
    this.isApplicationObject = isApplicationObject;
    this.isModelBean = isModelBean;
  }

  static boolean containsExpression(String text) {
    return text != null && EXPRESSION.matcher(text).find();
  }

  /** What is wrong with the expressions in a text (an attribute or an element's text), if anything. */
  Optional<String> problem(String text) {
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      Optional<String> problem = problemOf(expressions.group(1));
      if (problem.isPresent()) {
        return Optional.of("expression " + expressions.group() + " " + problem.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> problemOf(String expression) {
    String code = STRING.matcher(expression).replaceAll("''");
    if (code.contains("[") || code.contains("'") && code.replace("''", "").contains("'")
        || code.contains("\"")) {
      return Optional.of("uses index access or an unclosed string; models may use variables and their properties only");
    }
    if (Pattern.compile("\\)\\s*\\.").matcher(code).find()) {
      return Optional.of("calls a method on what a call returns; models may use variables and their properties only");
    }
    Matcher paths = PATH.matcher(code);
    while (paths.find()) {
      String path = paths.group(1).replaceAll("\\s+", "");
      boolean call = paths.group(2) != null;
      String root = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
      if (WORDS.contains(path)) {
        continue;
      }
      if (call && !CALLS.contains(path)) {
        return Optional.of("calls " + path + "(...); models may call only execution.setVariable and getVariable");
      }
      if (path.endsWith(".class") || path.contains(".class.") || path.equals("class")) {
        return Optional.of("reads a class; models may use variables and their properties only");
      }
      if (ENGINE_OBJECTS.contains(root) && !call && !EXECUTION_PROPERTIES.contains(path)) {
        return Optional.of("reaches into the engine (" + path + "); models may use execution.processBusinessKey,"
            + " setVariable and getVariable only");
      }
      if (!ENGINE_OBJECTS.contains(root) && isApplicationObject.test(root) && !isModelBean.test(root)) {
        return Optional.of("names the application's object '" + root + "', which models may not use");
      }
    }
    return Optional.empty();
  }
}
