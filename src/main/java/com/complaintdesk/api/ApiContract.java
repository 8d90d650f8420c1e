package com.complaintdesk.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each operation of {@code /api} answers: its success code and every error code it can produce, in
 * words an integrator understands. The OpenAPI document is built from this list ({@link ApiDocumentation}),
 * and {@code ApiDocumentationApiTest} produces every code listed here.
 */
public final class ApiContract {

  static final String COMPLAINT_EXAMPLE = """
      {"customerId":"C-1001","customerName":"Dana Whitfield","customerEmail":"dana@example.com",
       "orderId":"O-5001","productSku":"SKU-KETTLE-2","category":"PRODUCT_DEFECT","channel":"EMAIL",
       "description":"The kettle switches off before the water boils."}""";

  public record Entry(String method, String path, String summary, boolean open, int success,
      String successDescription, Map<Integer, String> errors, String requestExample) {}

  private static final String UNAUTHENTICATED = "No or wrong credentials";
  private static final String NOT_YOUR_ROLE = "Your groups may not make this call";
  private static final String TOO_LARGE = "The request body is larger than the limit (1 MB by default)";
  private static final String NOT_JSON = "The body is not application/json";
  private static final String BAD_PERIOD = "`from` or `to` is not an ISO date or instant, or `from` is after `to`";

  /** A query parameter of an operation, as integrators read it. */
  public record QueryParameter(String name, String description, String example) {}

  private static final List<QueryParameter> PERIOD = List.of(
      new QueryParameter("from", "Start of the period: an ISO date (UTC) or instant; default 30 days ago", "2026-11-01"),
      new QueryParameter("to", "End of the period: an ISO date (that day included) or instant; default now",
          "2026-11-30"));

  /** Operations that read query parameters as a whole (a map) list them here, one by one. */
  public static final Map<String, List<QueryParameter>> QUERY_PARAMETERS = Map.of(
      "GET /api/complaints", List.of(
          new QueryParameter("status", "One or more statuses, comma-separated", "IN_RESOLUTION"),
          new QueryParameter("level", "One or more escalation levels (1-4)", "3,4"),
          new QueryParameter("priority", "One or more priorities (LOW, MEDIUM, HIGH, CRITICAL)", "CRITICAL"),
          new QueryParameter("category", "One or more categories", "BILLING"),
          new QueryParameter("customerId", "The customer's id", "C-1001"),
          new QueryParameter("customerEmail", "The customer's e-mail address (any case)", "dana@example.com"),
          new QueryParameter("overdue", "true: the level's deadline has passed while being resolved", "true"),
          new QueryParameter("breached", "true: a level's deadline passed while the complaint was open (any level)",
              "true"),
          new QueryParameter("atRisk", "true: the current level's reminder went out and its deadline is still ahead",
              "true"),
          new QueryParameter("createdFrom", "Received at or after: a date or an instant", "2026-11-01"),
          new QueryParameter("createdTo", "Received before the end of: a date or an instant", "2026-11-30"),
          new QueryParameter("q", "Words of the description (a word of 3+ characters also matches words starting "
              + "with it); all words must match", "kettle boils"),
          new QueryParameter("sort", "createdAt (default, newest first), levelDueAt, priority, level or id, with "
              + ",asc or ,desc", "levelDueAt,asc"),
          new QueryParameter("page", "Page number from 0", "0"),
          new QueryParameter("size", "Rows per page, 1-100 (default 20)", "20")),
      "GET /api/reports/escalations", PERIOD,
      "GET /api/reports/dashboard", PERIOD);

  public static final List<Entry> ENTRIES = List.of(
      new Entry("GET", "/api/complaints", "List and search complaints, paged; scoped to what your groups may read",
          false, 200, "A page of complaints: items, page, size, hasMore",
          errors(400, "An unknown parameter, value or sort field, or a page beyond the first 10,000 results; "
              + "`errors` names each bad parameter", 401, UNAUTHENTICATED,
              403, NOT_YOUR_ROLE + " (customer channels read their complaints one by one)"),
          null),
      new Entry("POST", "/api/complaints", "Submit a complaint", false, 201,
          "Accepted and acknowledged; Location names the complaint. With a repeated Idempotency-Key, the first "
              + "answer again (header Idempotent-Replayed: true)",
          errors(400, "A field is missing, too long or not plain text; `errors` lists each field",
              401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (front line, customer channels, admin may)",
              409, "The Idempotency-Key was used before with a different complaint",
              413, TOO_LARGE, 415, NOT_JSON),
          COMPLAINT_EXAMPLE),
      new Entry("GET", "/api/complaints/{complaintId}", "A complaint with its open tasks and history", false, 200,
          "The complaint",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE,
              404, "No such complaint, or none your groups work on"),
          null),
      new Entry("GET", "/api/complaints/{complaintId}/offers", "What the complaint's current level may offer", false,
          200, "The offers within policy",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (those who resolve complaints may)",
              404, "No such complaint, or none your groups work on",
              409, "The complaint has not reached a level yet"),
          null),
      new Entry("POST", "/api/complaints/{complaintId}/events", "A customer event: reply, supervisor request, "
          + "self-escalation", false, 202,
          "Received: applied now (APPLIED), kept until the complaint can take it (PENDING), or recorded (RECORDED)",
          errors(400, "Unknown event type or an invalid field", 401, UNAUTHENTICATED,
              403, NOT_YOUR_ROLE + " (customer channels and admin may)", 404, "No such complaint",
              409, "The complaint cannot take this event now, e.g. a reply while nothing awaits one",
              413, TOO_LARGE, 415, NOT_JSON),
          """
              {"type":"CUSTOMER_REQUESTS_SUPERVISOR","channel":"PHONE"}"""),
      new Entry("POST", "/api/complaints/{complaintId}/attachments", "Attach evidence (a photo, a receipt, a"
          + " document): one file as the multipart field file, its kind read from its bytes", false, 201,
          "Stored; Location names the download. The same file again answers the first attachment with 200"
              + " (header Idempotent-Replayed: true)",
          errors(400, "No file, or an empty one", 401, UNAUTHENTICATED,
              403, NOT_YOUR_ROLE + " (those who work complaints, customer channels and admin may)",
              404, "No such complaint, or none your groups work on",
              409, "The complaint is closed, or holds its most files (50) or bytes (50 MB) already",
              413, "The file is larger than the limit (10 MB by default)",
              415, "The body is not multipart/form-data, or the file is not an image (JPEG, PNG, GIF, WebP, HEIC), a"
                  + " PDF or plain text (UTF-8) by its content"), null),
      new Entry("GET", "/api/complaints/{complaintId}/attachments", "The complaint's attachments, oldest first",
          false, 200, "Name, kind, size, who sent it and when, and its download link",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE, 404, "No such complaint, or none your groups work on"),
          null),
      new Entry("GET", "/api/complaints/{complaintId}/attachments/{attachmentId}", "Download an attachment (always"
          + " as a download, sandboxed)", false, 200, "The file as it was sent",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE,
              404, "No such complaint or attachment, or none your groups work on"), null),
      new Entry("POST", "/api/uploads/{token}", "The customer sends a file with the link of their acknowledgement"
          + " (the token is the credential): one file as the multipart field file", true, 201,
          "Stored: its cleaned name, kind and size. The same file again answers 200",
          errors(400, "No file, or an empty one", 404, "No such link",
              409, "The complaint is closed, or holds its most files or bytes already",
              413, "The file is larger than the limit (10 MB by default)",
              415, "The body is not multipart/form-data, or the file is not an image, a PDF or plain text"), null),
      new Entry("POST", "/api/surveys/{token}", "The customer's satisfaction survey answer (the token is the "
          + "credential)", true, 204, "Thank you: the answer is stored",
          errors(400, "The score is not a whole number from 1 to 5, or the comment is too long",
              404, "No such survey", 409, "The survey was already answered or has closed",
              413, TOO_LARGE, 415, NOT_JSON),
          """
              {"score":4,"comment":"Quick and friendly."}"""),
      new Entry("GET", "/api/reports/escalations", "KPIs of the complaints received in a period (from, to: ISO "
          + "dates or instants; default the last 30 days)", false, 200, "The report",
          errors(400, BAD_PERIOD, 401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (supervisors and admin may)"),
          null),
      new Entry("GET", "/api/reports/dashboard", "The dashboard's data: breaches and satisfaction per day in a "
          + "period, and what is overdue now", false, 200, "The dashboard's data",
          errors(400, BAD_PERIOD, 401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (supervisors and admin may)"),
          null),
      new Entry("GET", "/api/models", "Each release model, table and form with the version deployed now, and whether"
          + " that version (deployed from Modeler) is newer than the release", false, 200,
          "One entry per release file", errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (analysts and admin may)"),
          null),
      new Entry("GET", "/api/models/changelog", "The newest 100 deployments: when, by whom, from where, which"
          + " versions of which keys", false, 200, "Deployments, newest first",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (analysts and admin may)"), null),
      new Entry("GET", "/api/models/export", "A zip of the deployed files newer than the release, at their paths in"
          + " git (processes/…, forms/…)", false, 200, "application/zip",
          errors(401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (analysts and admin may)"), null),
      new Entry("POST", "/api/models/migrations", "Moves the open complaints of older versions of a process to its"
          + " latest version with Camunda's migration API: elements with the same id map by themselves; steps of a"
          + " variable filter (where) and instructions for renamed elements; dryRun checks and changes nothing."
          + " Recorded in the changelog", false, 200, "The plans, how many complaints moved, those that could not",
          errors(400, "Camunda refuses the plan (an instruction names no element, or elements that do not fit);"
              + " nothing moved", 401, UNAUTHENTICATED, 403, NOT_YOUR_ROLE + " (analysts and admin may)",
              404, "No such process is deployed", 413, TOO_LARGE, 415, NOT_JSON),
          """
              {"process":"complaint-escalation","instructions":[{"from":"Task_ResolveAsExpert",              "to":"Task_ResolveAsProductExpert"}],"dryRun":true}"""),
      new Entry("POST", "/api/policy/what-if", "Replays a changed escalation-matrix.dmn (multipart field file) on the"
          + " complaints received in a period (from, to: ISO dates or instants; default the last 30 days): per level"
          + " how many were breached and escalated then and would have been under the new table, and the complaints"
          + " that would change the most; nothing is deployed or written", false, 200, "The replay",
          errors(400, "No file, a table that fails the deployment check, or a bad period", 401, UNAUTHENTICATED,
              403, NOT_YOUR_ROLE + " (analysts, supervisors and admin may)", 413, TOO_LARGE,
              415, "The body is not multipart/form-data"), null));

  private ApiContract() {}

  public static Optional<Entry> find(String method, String path) {
    return ENTRIES.stream().filter(e -> e.method().equalsIgnoreCase(method) && e.path().equals(path)).findFirst();
  }

  private static Map<Integer, String> errors(Object... codeAndWhy) {
    Map<Integer, String> errors = new LinkedHashMap<>();
    for (int i = 0; i < codeAndWhy.length; i += 2) {
      errors.put((Integer) codeAndWhy[i], (String) codeAndWhy[i + 1]);
    }
    return errors;
  }
}
