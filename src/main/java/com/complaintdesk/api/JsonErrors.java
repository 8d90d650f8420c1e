package com.complaintdesk.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Why a JSON body could not be read, in words an integrator understands and without Java names. */
final class JsonErrors {

  private JsonErrors() {}

  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof com.fasterxml.jackson.core.JacksonException)) {
      cause = cause.getCause();
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'";
    }
    if (cause instanceof MismatchedInputException mismatch) {
      if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
        return "unexpected data after the JSON value";
      }
      String path = path(mismatch);
      return path.isEmpty() ? "the body must be a JSON object with the documented fields"
          : "field '" + path + "' must be " + expected(mismatch.getTargetType());
    }
    if (cause instanceof JsonEOFException) {
      return "the JSON ends too early";
    }
    if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
      return "not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + ")";
    }
    return "not valid JSON";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == BigDecimal.class || type == Double.class || type == double.class) {
      return "a number";
    }
    return "of another type";
  }
}
