package com.complaintdesk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI document at {@code /v3/api-docs} (browsable at {@code /api-docs.html}): title, version, HTTP
 * Basic, and for every operation the codes of {@link ApiContract}, each error with the problem schema and
 * an example. An operation missing from the contract is listed with a warning in its description, and
 * {@code ApiDocumentationApiTest} fails on it.
 */
@Configuration
public class ApiDocumentation {

  static final String BASIC = "basicAuth";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  @Bean
  OpenAPI complaintDeskOpenApi(@Value("${complaints.api-version:1.0}") String version) {
    return new OpenAPI()
        .info(new Info().title("Complaint Desk API").version(version)
            .description("""
                Complaints from every channel, their escalation path and the customer's survey. Every call except \
                the survey answer takes HTTP Basic credentials of a Complaint Desk user; what a user may call \
                depends on their groups (docs/security.md). Every 4xx and 5xx answer is an \
                `application/problem+json` document; a 5xx carries an `errorId` that is also in the server log. \
                Too many failed logins are answered 429 with `Retry-After`.""")
            .contact(new Contact().name("Complaint Desk team")))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A Complaint Desk user's id and password"))
            .addSchemas(PROBLEM, problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  OpenApiCustomizer documentedResponses() {
    return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, operation) -> document(path, method, operation)));
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    ApiContract.Entry entry = ApiContract.find(method.name(), path).orElse(null);
    if (entry == null) {
      operation.setDescription("UNDOCUMENTED: add " + method + " " + path + " to ApiContract");
      return;
    }
    operation.setSummary(entry.summary());
    List<ApiContract.QueryParameter> query = ApiContract.QUERY_PARAMETERS.get(method.name() + " " + path);
    if (query != null) {
      operation.setParameters(new java.util.ArrayList<>(query.stream()
          .map(p -> new io.swagger.v3.oas.models.parameters.Parameter().in("query").name(p.name())
              .description(p.description()).required(false).example(p.example()).schema(new StringSchema()))
          .toList()));
    }
    if (entry.open()) {
      operation.setSecurity(List.of());
    }
    ApiResponses responses = new ApiResponses();
    ApiResponse success = successResponse(operation, entry);
    responses.addApiResponse(Integer.toString(entry.success()), success);
    entry.errors().forEach((code, why) -> responses.addApiResponse(Integer.toString(code), problem(code, why)));
    operation.setResponses(responses);
    if (entry.requestExample() != null && operation.getRequestBody() != null
        && operation.getRequestBody().getContent() != null) {
      operation.getRequestBody().getContent().values()
          .forEach(media -> media.addExamples("example", new Example().value(entry.requestExample())));
    }
  }

  /** The success answer keeps the schema springdoc found on the method, under the code actually sent. */
  private static ApiResponse successResponse(Operation operation, ApiContract.Entry entry) {
    ApiResponse inferred = operation.getResponses() == null ? null : operation.getResponses().get("200");
    ApiResponse success = new ApiResponse().description(entry.successDescription());
    if (entry.success() != HttpStatus.NO_CONTENT.value() && inferred != null && inferred.getContent() != null) {
      success.setContent(inferred.getContent());
    }
    return success;
  }

  private static ApiResponse problem(int code, String why) {
    HttpStatus status = HttpStatus.valueOf(code);
    Map<String, Object> example = Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", code,
        "detail", why, "instance", "/api/...");
    return new ApiResponse().description(why).content(new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
            .addExamples(status.name().toLowerCase(), new Example().value(example))));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema().description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Invalid request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("Invalid fields: description"))
        .addProperty("instance", new StringSchema().example("/api/complaints"))
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema()
            .items(new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))
            .description("400 with invalid fields: each field and what is wrong with it"))
        .addProperty("errorId", new StringSchema().description("5xx only: the id under which the log has the cause"));
  }
}
